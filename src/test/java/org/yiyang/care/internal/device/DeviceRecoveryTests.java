package org.yiyang.care.internal.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.yiyang.care.internal.device.DeviceFixtures.message;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.eclipse.paho.client.mqttv3.DisconnectedBufferOptions;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.IntegrationTest;
import org.yiyang.care.AlarmKind;
import org.yiyang.care.internal.device.DeviceFixtures.RaisedAlarms;
import org.yiyang.elder.ElderRegistry;

/**
 * No alarm is lost and none doubled when the platform's subscriber restarts or the broker goes down: the broker
 * keeps the platform's persistent session, the device buffers while the broker is away, and the de-duplication row
 * keeps a redelivered message to one signal. The outage test stops and restarts the embedded broker, or, with an
 * external broker (YIYANG_MQTT_URL), a Mosquitto of its own on a free port.
 */
@IntegrationTest
class DeviceRecoveryTests {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired ConfigurableApplicationContext context;
    @Autowired DeviceRegistry registry;
    @Autowired ElderRegistry elders;
    @Autowired DeviceSubscriber subscriber;
    @Autowired EmbeddedBroker broker;
    @Autowired MqttSettings settings;
    @Autowired DeviceTopics topics;
    @Autowired JdbcClient jdbc;
    @Autowired DeviceWatchdog watchdog;

    RaisedAlarms signals;

    @BeforeEach
    void record() {
        signals = new RaisedAlarms(jdbc);
    }

    @AfterEach
    void stop() {
        DeviceFixtures.retireCreated(registry);
        if (!subscriber.isRunning()) {
            subscriber.start();
        }
    }

    @Test
    void anSosSentWhileThePlatformIsDownIsProcessedExactlyOnceAfterItStartsAgain() throws Exception {
        var sos = DeviceFixtures.device(registry, elders, DeviceKind.SOS_BUTTON);
        await().atMost(WAIT).until(subscriber::isSubscribed);
        subscriber.stop();
        MqttClient device = DeviceFixtures.connect(brokerUrl(), sos.code(), sos.secret());
        device.publish(topics.up(sos.code()), bytes(message(sos.code(), "while-down", Instant.now(), "SOS", null)), 1,
                false);
        device.disconnect();
        device.close();
        assertThat(signals.from(sos.code())).isEmpty();

        subscriber.start();
        await().atMost(WAIT).until(() -> !signals.from(sos.code()).isEmpty());
        await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> signals.from(sos.code()).size() == 1);
        assertThat(signals.from(sos.code()).get(0).kind()).isEqualTo(AlarmKind.SOS);
        assertThat(messages(sos.id())).isEqualTo(1);
    }

    @Test
    void afterARestartNoDeviceIsCalledOfflineUntilThePlatformHasListenedForTheWholeOfflinePeriod() throws Exception {
        var sos = DeviceFixtures.device(registry, elders, DeviceKind.SOS_BUTTON);
        MqttClient device = DeviceFixtures.connect(brokerUrl(), sos.code(), sos.secret());
        device.publish(topics.up(sos.code()), bytes(message(sos.code(), "hb", Instant.now().minus(Duration.ofMinutes(6)),
                "HEARTBEAT", null)), 1, false);
        device.disconnect();
        device.close();
        await().atMost(WAIT).until(() -> jdbc.sql("SELECT COUNT(*) FROM care_device WHERE id = :id AND online")
                .param("id", sos.id()).query(Long.class).single() == 1);
        subscriber.stop();
        subscriber.start();
        await().atMost(WAIT).until(subscriber::isSubscribed);

        assertThat(subscriber.listeningFor()).isLessThan(Duration.ofMinutes(5));
        watchdog.checkOnSchedule();
        assertThat(signals.from(sos.code())).isEmpty();
        watchdog.check();
        assertThat(signals.from(sos.code())).extracting(s -> s.kind()).containsExactly(AlarmKind.OFFLINE);
    }

    @Test
    void anSosSentWhileTheBrokerIsDownIsDeliveredOnceWhenItIsBack() throws Exception {
        var sos = DeviceFixtures.device(registry, elders, DeviceKind.SOS_BUTTON);
        try (OutageBroker outage = OutageBroker.of(settings, broker, subscriber, context)) {
            await().atMost(WAIT).until(outage::subscribed);
            MqttAsyncClient device = bufferingDevice(outage.url(), sos);
            outage.stop();
            await().atMost(WAIT).until(() -> !device.isConnected());
            device.publish(topics.up(sos.code()), bytes(message(sos.code(), "while-broker-down", Instant.now(), "SOS",
                    null)), 1, false);
            assertThat(device.getBufferedMessageCount()).isEqualTo(1);
            outage.start();
            await().atMost(WAIT).until(() -> !signals.from(sos.code()).isEmpty());
            await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> signals.from(sos.code()).size() == 1);
            device.disconnect().waitForCompletion(2000);
            device.close();
        }
        assertThat(messages(sos.id())).isEqualTo(1);
    }

    private MqttAsyncClient bufferingDevice(String url, DeviceRegistry.Registered sos) throws Exception {
        MqttAsyncClient device = new MqttAsyncClient(url, sos.code(), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(false);
        options.setAutomaticReconnect(true);
        options.setMaxReconnectDelay(1000);
        options.setUserName(sos.code());
        options.setPassword(sos.secret().toCharArray());
        device.connect(options).waitForCompletion(5000);
        DisconnectedBufferOptions buffer = new DisconnectedBufferOptions();
        buffer.setBufferEnabled(true);
        buffer.setBufferSize(100);
        device.setBufferOpts(buffer);
        return device;
    }

    private String brokerUrl() {
        return settings.external() ? settings.url() : broker.url();
    }

    private long messages(long deviceId) {
        return jdbc.sql("SELECT COUNT(*) FROM care_device_message WHERE device_id = :id").param("id", deviceId)
                .query(Long.class).single();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
