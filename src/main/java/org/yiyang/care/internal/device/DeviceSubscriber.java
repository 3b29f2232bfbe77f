package org.yiyang.care.internal.device;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The platform's MQTT subscription to every device's up-topic: QoS 1, a fixed client id with a persistent session
 * (cleanSession=false, so the broker keeps messages while the platform is down), automatic reconnect, and manual
 * acknowledgement: a message is acknowledged only after {@link DeviceIngestion} has committed. A few workers store
 * the messages, every device always on the same worker, so that a device's messages are processed in the order they
 * came. A worker takes everything that arrived while it was busy and stores it in one transaction (group commit): a
 * burst of alarms costs one log flush per batch rather than one per message, and the broker, which allows only a few
 * unacknowledged messages in flight to a subscriber (Moquette 10, Mosquitto 20), is acknowledged in bulk. When a
 * batch fails, its messages are retried one by one, and a message that still fails drops the connection
 * unacknowledged so that the broker delivers it again on reconnect. An initial connect that fails is retried every
 * few seconds.
 */
public class DeviceSubscriber implements SmartLifecycle, MqttCallbackExtended {

    private static final Logger log = LoggerFactory.getLogger(DeviceSubscriber.class);
    private static final long RETRY_MILLIS = 2000;
    private static final int MAX_BATCH = 500;

    private final Supplier<String> url;
    private final String clientId;
    private final PlatformAccount account;
    private final String filter;
    private final DeviceIngestion ingestion;
    private final DeviceMetrics metrics;
    private final int workerCount;
    private volatile MqttAsyncClient client;
    private volatile boolean subscribed;
    private volatile long subscribedAtNanos;
    private volatile ExecutorService[] workers;
    private volatile List<BlockingQueue<Delivery>> queues;
    private volatile ScheduledExecutorService retries;

    DeviceSubscriber(Supplier<String> url, String clientId, PlatformAccount account, String filter, int workers,
                     DeviceIngestion ingestion, DeviceMetrics metrics) {
        if (workers < 1) {
            throw new IllegalArgumentException("yiyang.mqtt.workers must be at least 1");
        }
        this.workerCount = workers;
        this.url = url;
        this.clientId = clientId;
        this.account = account;
        this.filter = filter;
        this.ingestion = ingestion;
        this.metrics = metrics;
    }

    @Override
    public synchronized void start() {
        if (client != null) {
            return;
        }
        try {
            client = new MqttAsyncClient(url.get(), clientId, new MemoryPersistence());
        } catch (MqttException e) {
            throw new IllegalStateException("Bad MQTT url or client id", e);
        }
        client.setManualAcks(true);
        client.setCallback(this);
        ExecutorService[] started = new ExecutorService[workerCount];
        List<BlockingQueue<Delivery>> inboxes = new ArrayList<>();
        for (int i = 0; i < workerCount; i++) {
            String name = "mqtt-ingest-" + i;
            BlockingQueue<Delivery> inbox = new LinkedBlockingQueue<>();
            inboxes.add(inbox);
            started[i] = Executors.newSingleThreadExecutor(r -> new Thread(r, name));
            started[i].execute(() -> work(inbox));
        }
        queues = inboxes;
        workers = started;
        retries = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "mqtt-subscriber-retry"));
        connect(client);
    }

    @Override
    public synchronized void stop() {
        MqttAsyncClient current = client;
        client = null;
        if (retries != null) {
            retries.shutdownNow();
        }
        if (current == null) {
            return;
        }
        // what a worker has not stored is not acknowledged either: the broker delivers it again
        for (ExecutorService worker : workers) {
            worker.shutdownNow();
        }
        try {
            if (current.isConnected()) {
                current.disconnect(1000).waitForCompletion(2000);
            }
        } catch (MqttException e) {
            log.debug("MQTT disconnect: {}", e.getMessage());
        }
        try {
            current.close(true);
        } catch (MqttException e) {
            log.debug("MQTT close: {}", e.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return client != null;
    }

    /** Whether the subscription is connected to the broker now. */
    public boolean isConnected() {
        MqttAsyncClient current = client;
        return current != null && current.isConnected();
    }

    @Override
    public int getPhase() {
        return EmbeddedBroker.PHASE + 100;
    }

    /** Whether the broker has confirmed the subscription of this connection (a new session has none before). */
    public boolean isSubscribed() {
        return subscribed && isConnected();
    }

    /** How long the subscription has been confirmed without a break; zero when it is not. */
    public Duration listeningFor() {
        long since = subscribedAtNanos;
        return isSubscribed() ? Duration.ofNanos(System.nanoTime() - since) : Duration.ZERO;
    }

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
        MqttAsyncClient current = client;
        try {
            if (current != null) {
                current.subscribe(filter, 1).setActionCallback(new IMqttActionListener() {
                    @Override
                    public void onSuccess(IMqttToken token) {
                        subscribedAtNanos = System.nanoTime();
                        subscribed = true;
                    }

                    @Override
                    public void onFailure(IMqttToken token, Throwable failure) {
                        log.warn("Device subscription refused: {}", failure.getMessage());
                    }
                });
            }
            log.info("Device subscription {} to the broker", reconnect ? "reconnected" : "connected");
        } catch (MqttException e) {
            log.warn("Device subscription failed: {}", e.getMessage());
        }
    }

    @Override
    public void connectionLost(Throwable cause) {
        subscribed = false;
        log.warn("Device subscription lost its broker connection; reconnecting ({})", cause.getMessage());
    }

    /** A message and the connection it came on, which is the one to acknowledge it on. */
    private record Delivery(MqttAsyncClient client, String topic, MqttMessage message) {

        DeviceIngestion.Incoming incoming() {
            return new DeviceIngestion.Incoming(topic, message.getPayload());
        }
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        // a message queued when the subscriber stops is never acknowledged, so the broker delivers it again
        List<BlockingQueue<Delivery>> inboxes = queues;
        inboxes.get(Math.floorMod(topic.hashCode(), inboxes.size())).add(new Delivery(client, topic, message));
    }

    private void work(BlockingQueue<Delivery> inbox) {
        List<Delivery> batch = new ArrayList<>();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                batch.add(inbox.take());
                inbox.drainTo(batch, MAX_BATCH - 1);
                ingest(batch);
                batch.clear();
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    private void ingest(List<Delivery> batch) {
        List<DeviceIngestion.Outcome> outcomes;
        try {
            outcomes = ingestion.acceptAll(batch.stream().map(Delivery::incoming).toList());
        } catch (RuntimeException e) {
            log.warn("Device messages not processed together ({}); one by one now", e.getClass().getSimpleName());
            batch.forEach(this::ingestAlone);
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            metrics.message(outcomes.get(i).name().toLowerCase());
            acknowledge(batch.get(i));
        }
    }

    private void ingestAlone(Delivery delivery) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                DeviceIngestion.Outcome outcome = ingestion.accept(delivery.topic(), delivery.message().getPayload());
                metrics.message(outcome.name().toLowerCase());
                acknowledge(delivery);
                return;
            } catch (RuntimeException e) {
                log.warn("Device message not processed (attempt {}): {}", attempt, e.getClass().getSimpleName());
                sleep(200L * attempt);
            }
        }
        metrics.message("failed");
        dropConnectionForRedelivery(delivery.client());
    }

    private static void acknowledge(Delivery delivery) {
        try {
            delivery.client().messageArrivedComplete(delivery.message().getId(), delivery.message().getQos());
        } catch (MqttException e) {
            log.warn("Device message processed but not acknowledged: {}", e.getMessage());
        }
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
    }

    private void connect(MqttAsyncClient target) {
        try {
            target.connect(options(), null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                }

                @Override
                public void onFailure(IMqttToken token, Throwable failure) {
                    log.warn("Device subscription cannot reach the broker ({}); retrying", failure.getMessage());
                    retryConnect(target);
                }
            });
        } catch (MqttException e) {
            retryConnect(target);
        }
    }

    private void retryConnect(MqttAsyncClient target) {
        ScheduledExecutorService executor = retries;
        if (client == target && executor != null && !executor.isShutdown()) {
            executor.schedule(() -> {
                if (client == target && !target.isConnected()) {
                    connect(target);
                }
            }, RETRY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void dropConnectionForRedelivery(MqttAsyncClient current) {
        ScheduledExecutorService executor = retries;
        if (current == null || executor == null) {
            return;
        }
        executor.execute(() -> {
            try {
                current.disconnectForcibly(0, 1000, false);
            } catch (MqttException e) {
                log.debug("MQTT disconnect: {}", e.getMessage());
            }
            retryConnect(current);
        });
    }

    private MqttConnectOptions options() {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(false);
        options.setAutomaticReconnect(true);
        options.setMaxReconnectDelay(4000);
        options.setKeepAliveInterval(30);
        options.setConnectionTimeout(10);
        options.setMaxInflight(1000);
        if (account.username() != null && !account.username().isEmpty() && !account.password().isEmpty()) {
            options.setUserName(account.username());
            options.setPassword(account.password().toCharArray());
        }
        return options;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
