package org.yiyang.care.internal.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class DeviceSettingsTests {

    @Test
    void aNightOverMidnightIncludesItsStartAndExcludesItsEnd() {
        DeviceSettings night = settings(LocalTime.of(22, 0), LocalTime.of(6, 0));
        assertThat(night.atNight(LocalTime.of(22, 0))).isTrue();
        assertThat(night.atNight(LocalTime.of(2, 30))).isTrue();
        assertThat(night.atNight(LocalTime.of(6, 0))).isFalse();
        assertThat(night.atNight(LocalTime.of(12, 0))).isFalse();
    }

    @Test
    void aWindowWithinOneDayWorksToo() {
        DeviceSettings window = settings(LocalTime.of(1, 0), LocalTime.of(5, 0));
        assertThat(window.atNight(LocalTime.of(0, 59))).isFalse();
        assertThat(window.atNight(LocalTime.of(3, 0))).isTrue();
        assertThat(window.atNight(LocalTime.of(5, 0))).isFalse();
    }

    private static DeviceSettings settings(LocalTime from, LocalTime until) {
        return new DeviceSettings(Duration.ofMinutes(5), Duration.ofHours(12), 40, 150, from, until, 0, null);
    }
}
