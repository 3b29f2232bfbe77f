package org.yiyang.care.internal.device;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Properties;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The embedded Moquette broker, so that the platform runs alone: on its own port (default 18830, never the 1883 of a
 * broker already on the machine; 0 picks a free one), not started at all when {@code yiyang.mqtt.url} names an
 * external broker. Devices authenticate and are confined to their topics by {@link BrokerAccess}. With a data
 * directory its sessions, subscriptions and queued messages survive a restart (Moquette's H2 MVStore, served by the
 * H2 driver's own org.h2.mvstore classes). Started before the subscriber, stopped after it.
 */
@Component
public class EmbeddedBroker implements SmartLifecycle {

    static final int PHASE = Integer.MAX_VALUE - 2000;
    private static final Logger log = LoggerFactory.getLogger(EmbeddedBroker.class);

    private final MqttSettings settings;
    private final BrokerAccess access;
    private volatile Server server;
    private volatile int port;

    EmbeddedBroker(MqttSettings settings, BrokerAccess access) {
        this.settings = settings;
        this.access = access;
        this.port = settings.embedded().port();
    }

    @Override
    public synchronized void start() {
        if (settings.external() || server != null) {
            return;
        }
        Server broker = new Server();
        try {
            broker.startServer(new MemoryConfig(properties()), List.of(), null, access, access);
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded MQTT broker did not start on port " + port, e);
        }
        port = boundPort(broker);
        server = broker;
        log.info("Embedded MQTT broker listening on {}:{}", settings.embedded().host(), port);
    }

    /**
     * Moquette records the port once the bind has completed, which for port 0 happens just after start returns, in a
     * map it fills on its own thread: reading it meanwhile may fail, so it is read again until the port is there.
     */
    private int boundPort(Server broker) {
        if (port != 0) {
            return port;
        }
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                int bound = broker.getPort();
                if (bound != 0) {
                    return bound;
                }
            } catch (ConcurrentModificationException stillBinding) {
                // read again below
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("The embedded MQTT broker did not report its port");
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stopServer();
            server = null;
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** The url the platform and local devices connect to. */
    public String url() {
        return "tcp://" + ("0.0.0.0".equals(settings.embedded().host()) ? "127.0.0.1" : settings.embedded().host())
                + ":" + port;
    }

    private Properties properties() {
        Properties p = new Properties();
        p.setProperty("host", settings.embedded().host());
        p.setProperty("port", Integer.toString(port));
        p.setProperty("websocket_port", "disabled");
        p.setProperty("allow_anonymous", "false");
        p.setProperty("allow_zero_byte_client_id", "false");
        p.setProperty("reauthorize_subscriptions_on_connect", "true");
        p.setProperty("telemetry_enabled", "false");
        p.setProperty("use_metrics", "false");
        p.setProperty("use_bugsnag", "false");
        p.setProperty("session_queue_size", "65536");
        String dataDir = settings.embedded().dataDir();
        boolean persistent = dataDir != null && !dataDir.isBlank();
        p.setProperty("persistence_enabled", Boolean.toString(persistent));
        if (persistent) {
            try {
                Files.createDirectories(Path.of(dataDir));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            p.setProperty("data_path", Path.of(dataDir).toAbsolutePath().toString());
        }
        return p;
    }
}
