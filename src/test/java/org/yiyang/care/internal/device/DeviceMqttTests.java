package org.yiyang.care.internal.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.yiyang.care.internal.device.DeviceFixtures.message;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.IntegrationTest;
import org.yiyang.TestClock;
import org.yiyang.care.AlarmKind;
import org.yiyang.care.AlarmSignal;
import org.yiyang.care.internal.device.DeviceFixtures.RaisedAlarms;
import org.yiyang.care.internal.device.DeviceIngestion.Outcome;
import org.yiyang.elder.ElderRegistry;

/**
 * Device messages through a real broker (the embedded one, or the external one YIYANG_MQTT_URL names) into alarm
 * signals: once per message, never from a stranger, a bad payload or an old message, and the silent-device checks.
 */
@IntegrationTest
class DeviceMqttTests {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired DeviceRegistry registry;
    @Autowired ElderRegistry elders;
    @Autowired DeviceIngestion ingestion;
    @Autowired DeviceWatchdog watchdog;
    @Autowired DeviceMetrics metrics;
    @Autowired DeviceTopics topics;
    @Autowired MqttSettings settings;
    @Autowired EmbeddedBroker broker;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    RaisedAlarms signals;

    @BeforeEach
    void record() {
        signals = new RaisedAlarms(jdbc);
    }

    @AfterEach
    void stop() {
        DeviceFixtures.retireCreated(registry);
        clock.reset();
    }

    @Test
    void anSosPressDeliveredTwiceIsOneSignal() throws Exception {
        var sos = DeviceFixtures.device(registry, elders, DeviceKind.SOS_BUTTON);
        String payload = message(sos.code(), "m-1", Instant.now(), "SOS", null);
        double duplicates = metrics.count("duplicate");
        try (Device device = new Device(sos)) {
            device.publish(payload);
            device.publish(payload);
        }
        await().atMost(WAIT).until(() -> metrics.count("duplicate") > duplicates);
        assertThat(signals.from(sos.code())).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(AlarmKind.SOS);
            assertThat(s.sourceId()).isEqualTo("m-1");
            assertThat(s.deviceId()).isEqualTo(sos.id());
        });
        assertThat(count("SELECT COUNT(*) FROM care_device_message WHERE device_id = :id", sos.id())).isEqualTo(1);
        assertThat(row(sos.id()).online()).isTrue();
    }

    @Test
    void eachAlarmKindOfMessageBecomesItsSignalAndOrdinaryReadingsDoNot() throws Exception {
        var watch = DeviceFixtures.device(registry, elders, DeviceKind.WATCH);
        Instant now = Instant.now();
        try (Device device = new Device(watch)) {
            device.publish(message(watch.code(), "hb", now, "HEARTBEAT", null));
            device.publish(message(watch.code(), "hr-ok", now, "HEART_RATE", "{\"bpm\":72}"));
            device.publish(message(watch.code(), "hr-low", now, "HEART_RATE", "{\"bpm\":31}"));
            device.publish(message(watch.code(), "fall", now, "FALL", "{\"lat\":46.07,\"lon\":122.05}"));
            device.publish(message(watch.code(), "smoke-over", now, "SMOKE", "{\"cleared\":true}"));
            device.publish(message(watch.code(), "gas", now, "GAS", null));
            device.publish(message(watch.code(), "door-day", Instant.parse("2026-11-25T04:00:00Z"), "DOOR",
                    "{\"open\":true}"));
            device.publish(message(watch.code(), "door-night", Instant.parse("2026-11-25T15:30:00Z"), "DOOR",
                    "{\"open\":true}"));
            device.publish(message(watch.code(), "last", now, "WATER_LEAK", null));
        }
        await().atMost(WAIT).until(() -> signals.from(watch.code()).stream().anyMatch(s -> s.sourceId().equals("last")));
        assertThat(signals.from(watch.code())).extracting(AlarmSignal::sourceId, AlarmSignal::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("hr-low", AlarmKind.HEART_RATE),
                org.assertj.core.groups.Tuple.tuple("fall", AlarmKind.FALL),
                org.assertj.core.groups.Tuple.tuple("gas", AlarmKind.GAS),
                org.assertj.core.groups.Tuple.tuple("door-night", AlarmKind.DOOR),
                org.assertj.core.groups.Tuple.tuple("last", AlarmKind.WATER_LEAK));
        assertThat(signals.from(watch.code()).get(0).detail()).isEqualTo("hr=31");
        assertThat(signals.from(watch.code()).get(1).latitude()).isEqualTo(46.07);
    }

    @Test
    void wrongCredentialsAndStrangersAreRefusedByTheEmbeddedBroker() throws Exception {
        Assumptions.assumeFalse(settings.external(), "an external broker checks credentials itself");
        var sos = DeviceFixtures.device(registry, elders, DeviceKind.SOS_BUTTON);
        assertThatThrownBy(() -> DeviceFixtures.connect(broker.url(), sos.code(), "wrong-secret"))
                .isInstanceOf(MqttException.class);
        assertThatThrownBy(() -> DeviceFixtures.connect(broker.url(), DeviceFixtures.code("NOBODY"), sos.secret()))
                .isInstanceOf(MqttException.class);
        registry.retire(DeviceFixtures.BANNER_ADMIN, sos.id(), "损坏");
        assertThatThrownBy(() -> DeviceFixtures.connect(broker.url(), sos.code(), sos.secret()))
                .isInstanceOf(MqttException.class);
    }

    @Test
    void aDevicePublishesOnlyUnderItsOwnTopic() throws Exception {
        Assumptions.assumeFalse(settings.external(), "an external broker's ACL confines devices");
        var mine = DeviceFixtures.device(registry, elders, DeviceKind.SOS_BUTTON);
        var other = DeviceFixtures.device(registry, elders, DeviceKind.SOS_BUTTON);
        try (Device device = new Device(mine)) {
            // QoS 0: the broker drops an unauthorised QoS 1 publish without an acknowledgement
            device.client.publish(topics.up(other.code()),
                    message(other.code(), "forged", Instant.now(), "SOS", null).getBytes(StandardCharsets.UTF_8), 0,
                    false);
            device.publish(message(mine.code(), "own", Instant.now(), "SOS", null));
        }
        await().atMost(WAIT).until(() -> !signals.from(mine.code()).isEmpty());
        assertThat(signals.from(other.code())).isEmpty();
        assertThat(row(other.id()).lastSeenAt()).isNull();
    }

    @Test
    void unknownDevicesAndMalformedPayloadsAreRejectedCountedAndChangeNothing() throws Exception {
        var sos = DeviceFixtures.device(registry, elders, DeviceKind.SOS_BUTTON);
        double malformed = metrics.count("rejected_malformed");
        double mismatched = metrics.count("rejected_mismatch");
        try (Device device = new Device(sos)) {
            device.publish("{not json");
            device.publish("{\"device\":\"" + sos.code() + "\",\"kind\":\"SOS\",\"time\":\"" + Instant.now() + "\"}");
            device.publish(message(sos.code(), "x", Instant.now(), "EXPLOSION", null));
            device.publish(message(sos.code(), "y", Instant.now(), "HEART_RATE", "{\"bpm\":\"fast\"}"));
            device.publish(message("SOMEONE-ELSE", "z", Instant.now(), "SOS", null));
        }
        await().atMost(WAIT).until(() -> metrics.count("rejected_malformed") >= malformed + 4
                && metrics.count("rejected_mismatch") >= mismatched + 1);
        assertThat(signals.from(sos.code())).isEmpty();
        assertThat(row(sos.id()).lastSeenAt()).isNull();
        assertThat(count("SELECT COUNT(*) FROM care_device_message WHERE device_id = :id", sos.id())).isZero();

        String stranger = DeviceFixtures.code("STRANGER");
        byte[] payload = message(stranger, "s", Instant.now(), "SOS", null).getBytes(StandardCharsets.UTF_8);
        assertThat(ingestion.accept(topics.up(stranger), payload)).isEqualTo(Outcome.REJECTED_UNKNOWN);
        assertThat(ingestion.accept("elsewhere/" + stranger, payload)).isEqualTo(Outcome.REJECTED_TOPIC);
        assertThat(signals.from(stranger)).isEmpty();
    }

    @Test
    void messagesStoredTogetherAreEachJudgedAsIfAlone() {
        var sos = DeviceFixtures.device(registry, elders, DeviceKind.SOS_BUTTON);
        var smoke = DeviceFixtures.device(registry, elders, DeviceKind.SMOKE_DETECTOR);
        String press = message(sos.code(), "b-1", Instant.now(), "SOS", null);
        String gone = DeviceFixtures.code("GONE");

        List<Outcome> outcomes = ingestion.acceptAll(List.of(
                incoming(sos.code(), press),
                incoming(smoke.code(), message(smoke.code(), "b-2", Instant.now(), "SMOKE", null)),
                incoming(sos.code(), press),
                incoming(sos.code(), "{not json"),
                incoming(smoke.code(), message(sos.code(), "b-3", Instant.now(), "SOS", null)),
                incoming(gone, message(gone, "b-4", Instant.now(), "SOS", null))));

        assertThat(outcomes).containsExactly(Outcome.ACCEPTED, Outcome.ACCEPTED, Outcome.DUPLICATE,
                Outcome.REJECTED_MALFORMED, Outcome.REJECTED_MISMATCH, Outcome.REJECTED_UNKNOWN);
        assertThat(signals.from(sos.code())).extracting(AlarmSignal::sourceId).containsExactly("b-1");
        assertThat(signals.from(smoke.code())).extracting(AlarmSignal::kind).containsExactly(AlarmKind.SMOKE);
    }

    private DeviceIngestion.Incoming incoming(String code, String payload) {
        return new DeviceIngestion.Incoming(topics.up(code), payload.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void anOlderMessageDoesNotMoveLastSeenBack() throws Exception {
        var sos = DeviceFixtures.device(registry, elders, DeviceKind.SOS_BUTTON);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try (Device device = new Device(sos)) {
            device.publish(message(sos.code(), "hb", now, "HEARTBEAT", null));
            device.publish(message(sos.code(), "late", now.minus(Duration.ofMinutes(30)), "SOS", null));
        }
        await().atMost(WAIT).until(() -> !signals.from(sos.code()).isEmpty());
        assertThat(row(sos.id()).lastSeenAt()).isEqualTo(now);
        assertThat(row(sos.id()).online()).isTrue();
    }

    @Test
    void aDeviceSilentForTheOfflineTimeIsSignalledOfflineOnce() throws Exception {
        var sos = DeviceFixtures.device(registry, elders, DeviceKind.SOS_BUTTON);
        try (Device device = new Device(sos)) {
            device.publish(message(sos.code(), "hb", Instant.now().minus(Duration.ofMinutes(6)), "HEARTBEAT", null));
        }
        await().atMost(WAIT).until(() -> row(sos.id()).lastSeenAt() != null);
        watchdog.check();
        watchdog.check();
        assertThat(signals.from(sos.code())).singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(AlarmKind.OFFLINE));
        assertThat(row(sos.id()).online()).isFalse();
    }

    @Test
    void anActivitySensorWithoutMovementForHoursIsSignalledOncePerQuietPeriod() throws Exception {
        clock.shift(Duration.ofHours(-13));
        var motion = DeviceFixtures.device(registry, elders, DeviceKind.MOTION_SENSOR);
        clock.reset();
        try (Device device = new Device(motion)) {
            device.publish(message(motion.code(), "hb", Instant.now(), "HEARTBEAT", null));
            await().atMost(WAIT).until(() -> row(motion.id()).online());
            watchdog.check();
            watchdog.check();
            assertThat(signals.from(motion.code())).singleElement()
                    .satisfies(s -> assertThat(s.kind()).isEqualTo(AlarmKind.INACTIVITY));
            device.publish(message(motion.code(), "moved", Instant.now(), "MOTION", null));
            await().atMost(WAIT).until(() -> count("SELECT COUNT(*) FROM care_device_message WHERE device_id = :id",
                    motion.id()) == 1);
        }
        watchdog.check();
        assertThat(signals.from(motion.code())).hasSize(1);
    }

    @Test
    void aWatchLeavingItsGeofenceIsSignalledWanderingOnceUntilItComesBack() throws Exception {
        var watch = DeviceFixtures.device(registry, elders, DeviceKind.WATCH);
        registry.setFence(DeviceFixtures.BANNER_ADMIN, watch.id(), 46.07, 122.05, 500);
        Instant t = Instant.now().minus(Duration.ofMinutes(10));
        try (Device device = new Device(watch)) {
            device.publish(location(watch.code(), "in-1", t, 46.071));
            device.publish(location(watch.code(), "out-1", t.plusSeconds(60), 46.09));
            device.publish(location(watch.code(), "out-2", t.plusSeconds(120), 46.10));
            device.publish(location(watch.code(), "stale-in", t.plusSeconds(90), 46.07));
            device.publish(location(watch.code(), "in-2", t.plusSeconds(180), 46.0702));
            device.publish(location(watch.code(), "out-3", t.plusSeconds(240), 46.12));
        }
        await().atMost(WAIT).until(() -> signals.from(watch.code()).size() >= 2);
        await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> signals.from(watch.code()).size() == 2);
        assertThat(signals.from(watch.code())).extracting(AlarmSignal::sourceId).containsExactly("out-1", "out-3");
        assertThat(signals.from(watch.code())).allSatisfy(s -> assertThat(s.kind()).isEqualTo(AlarmKind.WANDERING));
    }

    private static String location(String code, String id, Instant at, double latitude) {
        return message(code, id, at, "LOCATION", "{\"lat\":" + latitude + ",\"lon\":122.05}");
    }

    private DeviceRow row(long id) {
        return jdbc.sql("""
                        SELECT id, code, kind, elder_id, bed_id, division_code, placement, online, last_seen_at,
                               fence_centre_enc IS NOT NULL AS has_fence, fence_radius_m, registered_at, retired_at,
                               retire_reason FROM care_device d WHERE id = :id""")
                .param("id", id).query(DeviceQueries::row).single();
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    /** One device's connection to the broker the platform uses. */
    final class Device implements AutoCloseable {

        private final MqttClient client;
        private final String code;

        Device(DeviceRegistry.Registered device) throws MqttException {
            this.code = device.code();
            this.client = DeviceFixtures.connect(settings.external() ? settings.url() : broker.url(), device.code(),
                    device.secret());
        }

        void publish(String payload) throws MqttException {
            client.publish(topics.up(code), payload.getBytes(StandardCharsets.UTF_8), 1, false);
        }

        @Override
        public void close() throws MqttException {
            client.disconnect();
            client.close();
        }
    }
}
