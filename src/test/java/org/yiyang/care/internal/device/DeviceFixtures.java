package org.yiyang.care.internal.device;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.care.AlarmKind;
import org.yiyang.care.AlarmSignal;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.TestElders;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.DivisionCode;

/** Elders with devices, device clients that publish like real devices, and the alarms the platform raised for them. */
final class DeviceFixtures {

    static final Viewer OPERATOR = new Viewer(0, "test-device-operator", "op", Role.OPERATOR,
            DivisionCode.of("152221000000"));
    static final Viewer BANNER_ADMIN = new Viewer(0, "test-device-admin", "admin", Role.ADMIN,
            DivisionCode.of("152221000000"));

    private static final List<Long> CREATED = new CopyOnWriteArrayList<>();

    private DeviceFixtures() {
    }

    static long elder(ElderRegistry elders) {
        return elders.register(OPERATOR, TestElders.draft("设备测试", TestElders.idNumber("152221", 1940),
                TestElders.HINGGAN_VILLAGE));
    }

    static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    static DeviceRegistry.Registered device(DeviceRegistry registry, ElderRegistry elders, DeviceKind kind) {
        var device = registry.register(BANNER_ADMIN, new DeviceDraft(kind, code(kind.name().substring(0, 3)),
                elder(elders), null, "卧室"));
        CREATED.add(device.id());
        return device;
    }

    /**
     * Retires the devices a test created, so that the silent-device check of the shared test context never raises
     * OFFLINE alarms for them while other tests run.
     */
    static void retireCreated(DeviceRegistry registry) {
        for (Long id : CREATED) {
            try {
                registry.retire(BANNER_ADMIN, id, "test over");
            } catch (DeviceProblem alreadyRetired) {
                // retired by the test itself
            }
        }
        CREATED.clear();
    }

    static String message(String code, String id, Instant time, String kind, String values) {
        return "{\"device\":\"" + code + "\",\"id\":\"" + id + "\",\"time\":\"" + time + "\",\"kind\":\"" + kind
                + "\",\"values\":" + (values == null ? "{}" : values) + "}";
    }

    /** A device's own MQTT connection (client id and username = device code, password = secret). */
    static MqttClient connect(String url, String code, String secret) throws MqttException {
        MqttClient client = new MqttClient(url, code, new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        options.setUserName(code);
        options.setPassword(secret.toCharArray());
        options.setConnectionTimeout(5);
        client.setTimeToWait(10_000);
        client.connect(options);
        return client;
    }

    /** The alarms the platform stored for a device's signals, oldest first, read back as those signals. */
    record RaisedAlarms(JdbcClient jdbc) {

        List<AlarmSignal> from(String code) {
            return jdbc.sql("""
                            SELECT kind, elder_id, device_id, source, source_id, signalled_at, latitude, longitude, detail
                            FROM care_alarm WHERE source = :code ORDER BY id""")
                    .param("code", code)
                    .query((rs, n) -> new AlarmSignal(AlarmKind.valueOf(rs.getString("kind")), rs.getLong("elder_id"),
                            (Long) rs.getObject("device_id", Long.class), rs.getString("source"),
                            rs.getString("source_id"), rs.getTimestamp("signalled_at").toInstant(),
                            (Double) rs.getObject("latitude", Double.class),
                            (Double) rs.getObject("longitude", Double.class), rs.getString("detail")))
                    .list();
        }
    }
}
