package org.yiyang.care.internal.device;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds of device ingestion ({@code yiyang.care.device.*}, docs/care-devices.md): when a silent device is
 * offline, how long without movement is inactivity, the normal heart-rate band, and the night when an opened door
 * raises an alarm (China time). {@code benchDevices} / {@code benchFile}: demo mode registers that many simulator
 * devices and writes their codes and secrets into the file for bench/devices.sh.
 */
@ConfigurationProperties("yiyang.care.device")
public record DeviceSettings(@DefaultValue("5m") Duration offlineAfter, @DefaultValue("12h") Duration inactivityAfter,
                             @DefaultValue("40") int heartRateLow, @DefaultValue("150") int heartRateHigh,
                             @DefaultValue("22:00") LocalTime nightFrom, @DefaultValue("06:00") LocalTime nightUntil,
                             @DefaultValue("0") int benchDevices, String benchFile) {

    boolean atNight(LocalTime time) {
        return nightFrom.isAfter(nightUntil)
                ? !time.isBefore(nightFrom) || time.isBefore(nightUntil)
                : !time.isBefore(nightFrom) && time.isBefore(nightUntil);
    }
}
