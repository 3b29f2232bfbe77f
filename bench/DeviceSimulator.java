import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.eclipse.paho.client.mqttv3.DisconnectedBufferOptions;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * The device simulator (docs/care-devices.md): N devices, each with its own credentials from the devices file the
 * platform writes in demo mode, send a heartbeat every S seconds (spread evenly) and, all together, R events per
 * second (an SOS, a fall, an abnormal heart rate, smoke, gas, a leak, a door at night, movement, by the device's
 * kind) for D seconds, QoS 1, buffering while the broker is away. Every event is printed as
 * {@code SENT <publish time> <device code> <message id> <kind>}; a summary line each second goes to stderr.
 *
 * <pre>java -cp paho.jar bench/DeviceSimulator.java URL DEVICES_FILE N S R D [TOPIC_PREFIX]</pre>
 */
public class DeviceSimulator {

    record Device(String code, String secret, String kind, MqttAsyncClient client) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 6) {
            System.err.println("usage: DeviceSimulator URL DEVICES_FILE N HEARTBEAT_SECONDS EVENTS_PER_SECOND SECONDS [TOPIC_PREFIX]");
            System.exit(2);
        }
        String url = args[0];
        List<String> lines = Files.readAllLines(Path.of(args[1]));
        int count = Integer.parseInt(args[2]);
        double heartbeatSeconds = Double.parseDouble(args[3]);
        double eventsPerSecond = Double.parseDouble(args[4]);
        long seconds = Long.parseLong(args[5]);
        String prefix = args.length > 6 ? args[6] : "yiyang/devices";

        List<Device> devices = connect(url, lines.subList(1, Math.min(lines.size(), count + 1)));
        System.err.printf("connected %d devices to %s%n", devices.size(), url);
        LongAdder heartbeats = new LongAdder();
        LongAdder events = new LongAdder();
        LongAdder failures = new LongAdder();
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(4);
        long periodMicros = (long) (heartbeatSeconds * 1_000_000);
        for (int i = 0; i < devices.size(); i++) {
            Device device = devices.get(i);
            scheduler.scheduleAtFixedRate(() -> publish(prefix, device, "HEARTBEAT", null, heartbeats, failures, false),
                    periodMicros * i / devices.size(), periodMicros, TimeUnit.MICROSECONDS);
        }
        if (eventsPerSecond > 0) {
            scheduler.scheduleAtFixedRate(() -> {
                Device device = devices.get(ThreadLocalRandom.current().nextInt(devices.size()));
                String[] event = eventFor(device.kind());
                publish(prefix, device, event[0], event[1], events, failures, true);
            }, 0, (long) (1_000_000 / eventsPerSecond), TimeUnit.MICROSECONDS);
        }
        scheduler.scheduleAtFixedRate(() -> System.err.printf("%s heartbeats=%d events=%d failures=%d%n",
                Instant.now(), heartbeats.sum(), events.sum(), failures.sum()), 1, 1, TimeUnit.SECONDS);
        Thread.sleep(seconds * 1000);
        scheduler.shutdownNow();
        for (Device device : devices) {
            try {
                device.client().disconnect().waitForCompletion(2000);
                device.client().close();
            } catch (MqttException ignored) {
                // the summary counts what was sent
            }
        }
        System.out.printf("TOTAL devices=%d heartbeats=%d events=%d failures=%d%n", devices.size(), heartbeats.sum(),
                events.sum(), failures.sum());
    }

    /** Connects all devices at once (each connect waits for its CONNACK, so one after the other would be slow). */
    private static List<Device> connect(String url, List<String> lines) throws MqttException {
        List<Device> devices = new ArrayList<>();
        List<org.eclipse.paho.client.mqttv3.IMqttToken> tokens = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split(",");
            MqttAsyncClient client = new MqttAsyncClient(url, f[0], new MemoryPersistence());
            MqttConnectOptions options = new MqttConnectOptions();
            options.setUserName(f[0]);
            options.setPassword(f[1].toCharArray());
            options.setCleanSession(false);
            options.setAutomaticReconnect(true);
            options.setMaxReconnectDelay(5000);
            options.setMaxInflight(100);
            options.setKeepAliveInterval(60);
            options.setConnectionTimeout(60);
            tokens.add(client.connect(options));
            DisconnectedBufferOptions buffer = new DisconnectedBufferOptions();
            buffer.setBufferEnabled(true);
            buffer.setBufferSize(1000);
            client.setBufferOpts(buffer);
            devices.add(new Device(f[0], f[1], f[2], client));
        }
        for (var token : tokens) {
            token.waitForCompletion(60_000);
        }
        return devices;
    }

    /** The event a device of this kind sends: message kind and values. */
    private static String[] eventFor(String kind) {
        return switch (kind) {
            case "SOS_BUTTON" -> new String[] {"SOS", null};
            case "WATCH" -> ThreadLocalRandom.current().nextBoolean() ? new String[] {"FALL", "{\"lat\":46.08,\"lon\":121.95}"}
                    : new String[] {"HEART_RATE", "{\"bpm\":" + (150 + ThreadLocalRandom.current().nextInt(40)) + "}"};
            case "SMOKE_DETECTOR" -> new String[] {"SMOKE", null};
            case "GAS_DETECTOR" -> new String[] {"GAS", null};
            case "WATER_LEAK_SENSOR" -> new String[] {"WATER_LEAK", null};
            case "DOOR_SENSOR" -> new String[] {"DOOR", "{\"open\":true}"};
            case "BED_SENSOR" -> new String[] {"BED", "{\"occupied\":false}"};
            default -> new String[] {"MOTION", null};
        };
    }

    private static void publish(String prefix, Device device, String kind, String values, LongAdder sent,
                                LongAdder failures, boolean print) {
        String id = (kind.equals("HEARTBEAT") ? "hb-" : "ev-") + UUID.randomUUID();
        Instant now = Instant.now();
        String json = "{\"device\":\"" + device.code() + "\",\"id\":\"" + id + "\",\"time\":\"" + now
                + "\",\"kind\":\"" + kind + "\",\"values\":" + (values == null ? "{}" : values) + "}";
        try {
            device.client().publish(prefix + "/" + device.code() + "/up", json.getBytes(StandardCharsets.UTF_8), 1, false);
            sent.increment();
            if (print) {
                System.out.println("SENT " + now + " " + device.code() + " " + id + " " + kind);
            }
        } catch (MqttException e) {
            failures.increment();
        }
    }
}
