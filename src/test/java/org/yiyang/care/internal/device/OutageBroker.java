package org.yiyang.care.internal.device;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.springframework.context.ApplicationContext;

/**
 * A broker a test may take down and bring back: the embedded broker itself, or with an external broker a Mosquitto
 * of the test's own (with persistence, on a free port) and a second platform subscription to it, so that the shared
 * broker other users rely on is never stopped.
 */
abstract class OutageBroker implements AutoCloseable {

    @Override
    public abstract void close() throws IOException;

    static OutageBroker of(MqttSettings settings, EmbeddedBroker embedded, DeviceSubscriber subscriber,
                           ApplicationContext context) throws IOException {
        return settings.external() ? new OwnMosquitto(context) : new Embedded(embedded, subscriber);
    }

    abstract String url();

    abstract boolean subscribed();

    abstract void stop() throws IOException;

    abstract void start() throws IOException;

    private static final class Embedded extends OutageBroker {

        private final EmbeddedBroker broker;
        private final DeviceSubscriber subscriber;

        Embedded(EmbeddedBroker broker, DeviceSubscriber subscriber) {
            this.broker = broker;
            this.subscriber = subscriber;
        }

        String url() {
            return broker.url();
        }

        boolean subscribed() {
            return subscriber.isSubscribed();
        }

        void stop() {
            broker.stop();
        }

        void start() {
            broker.start();
        }

        public void close() {
            broker.start();
        }
    }

    private static final class OwnMosquitto extends OutageBroker {

        private final Path directory = Files.createTempDirectory("yiyang-mosquitto");
        private final int port;
        private final DeviceSubscriber subscriber;
        private Process process;

        OwnMosquitto(ApplicationContext context) throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            // run as root, mosquitto would drop to its own user, which cannot write the session store into this
            // directory: a restart would then forget the platform's session and lose what was queued for it
            Files.writeString(directory.resolve("mosquitto.conf"), "listener " + port + " 127.0.0.1\n"
                    + "allow_anonymous true\npersistence true\npersistence_location " + directory + "/\n"
                    + "user " + System.getProperty("user.name") + "\n");
            start();
            subscriber = new DeviceSubscriber(this::url, "yiyang-test-outage-" + UUID.randomUUID(),
                    context.getBean(PlatformAccount.class), context.getBean(DeviceTopics.class).allUp(), 2,
                    context.getBean(DeviceIngestion.class), context.getBean(DeviceMetrics.class));
            subscriber.start();
        }

        String url() {
            return "tcp://127.0.0.1:" + port;
        }

        boolean subscribed() {
            return subscriber.isSubscribed();
        }

        void stop() {
            process.destroy();
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !process.isAlive());
        }

        void start() throws IOException {
            process = new ProcessBuilder("mosquitto", "-c", directory.resolve("mosquitto.conf").toString())
                    .redirectErrorStream(true).redirectOutput(directory.resolve("mosquitto.log").toFile()).start();
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(this::listening);
        }

        private boolean listening() {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        public void close() throws IOException {
            subscriber.stop();
            process.destroy();
            try (var files = Files.walk(directory)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
