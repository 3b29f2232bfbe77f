import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The device simulator (docs/care-devices.md): N devices, each with its own credentials from the devices file the
 * platform writes in demo mode, each on its own MQTT connection, send a heartbeat every S seconds (spread evenly)
 * and, all together, R events per second (an SOS, a fall, an abnormal heart rate, smoke, gas, a leak, a door at
 * night, movement, by the device's kind) for D seconds, QoS 1: a message is sent again (DUP) until the broker
 * acknowledges it, also after a lost connection. Every event is printed as
 * {@code SENT <publish time> <device code> <message id> <kind>}; a summary line each second goes to stderr.
 *
 * <p>A small MQTT 3.1.1 client of its own (CONNECT, PUBLISH QoS 1, PUBACK, PINGREQ) on one selector thread, so that
 * ten thousand devices are ten thousand sockets and not forty thousand threads.
 *
 * <pre>java bench/DeviceSimulator.java URL DEVICES_FILE N S R D [TOPIC_PREFIX]</pre>
 *
 * For the alarm benchmark ({@code bench/alarms.sh}) three environment variables: {@code SIM_FROM} (skip that many
 * devices of the file, so that several simulators share the devices), {@code SIM_ALARMS_ONLY=1} (only events that
 * always raise an alarm: SOS, fall, smoke, gas, leak, from devices of those kinds) and {@code SIM_BURST=ON/OFF}
 * seconds (events only during ON seconds of every ON+OFF, e.g. {@code 10/20}).
 */
public class DeviceSimulator {

    /** Device kinds whose every event raises an alarm (a watch: its falls). */
    private static final List<String> ALARMING = List.of("SOS_BUTTON", "WATCH", "SMOKE_DETECTOR", "GAS_DETECTOR",
            "WATER_LEAK_SENSOR");
    private static final boolean ALARMS_ONLY = "1".equals(System.getenv("SIM_ALARMS_ONLY"));

    private static final LongAdder HEARTBEATS = new LongAdder();
    private static final LongAdder EVENTS = new LongAdder();
    private static final LongAdder ACKED = new LongAdder();
    private static final LongAdder RECONNECTS = new LongAdder();
    private static final LongAdder REFUSED = new LongAdder();

    /** One device and its connection; touched by the selector thread and, under its lock, by the publishers. */
    static final class Device {
        final String code;
        final String secret;
        final String kind;
        final Map<Integer, byte[]> unacknowledged = new LinkedHashMap<>();
        final Queue<ByteBuffer> out = new ArrayDeque<>();
        final ByteBuffer in = ByteBuffer.allocate(256);
        SocketChannel channel;
        boolean connected;
        int nextId = 1;

        Device(String code, String secret, String kind) {
            this.code = code;
            this.secret = secret;
            this.kind = kind;
        }
    }

    private static Selector selector;
    private static InetSocketAddress broker;
    private static final Queue<Device> dirty = new ConcurrentLinkedQueue<>();
    private static int keepAlive;
    private static final ScheduledExecutorService RECONNECT = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "reconnect");
        thread.setDaemon(true);
        return thread;
    });

    public static void main(String[] args) throws Exception {
        if (args.length < 6) {
            System.err.println("usage: DeviceSimulator URL DEVICES_FILE N HEARTBEAT_SECONDS EVENTS_PER_SECOND SECONDS [TOPIC_PREFIX]");
            System.exit(2);
        }
        URI url = URI.create(args[0]);
        broker = new InetSocketAddress(url.getHost(), url.getPort() < 0 ? 1883 : url.getPort());
        List<String> lines = Files.readAllLines(Path.of(args[1]));
        int count = Integer.parseInt(args[2]);
        double heartbeatSeconds = Double.parseDouble(args[3]);
        double eventsPerSecond = Double.parseDouble(args[4]);
        long seconds = Long.parseLong(args[5]);
        String prefix = args.length > 6 ? args[6] : "yiyang/devices";
        int from = Integer.parseInt(System.getenv().getOrDefault("SIM_FROM", "0"));
        String[] burst = System.getenv().getOrDefault("SIM_BURST", "1/0").split("/");
        long burstOn = Long.parseLong(burst[0]);
        long burstCycle = burstOn + Long.parseLong(burst[1]);
        keepAlive = (int) Math.max(120, Math.ceil(heartbeatSeconds * 2));

        List<Device> devices = new ArrayList<>();
        for (String line : lines.subList(Math.min(lines.size(), 1 + from), Math.min(lines.size(), 1 + from + count))) {
            String[] f = line.split(",");
            devices.add(new Device(f[0], f[1], f[2]));
        }
        List<Device> senders = devices.stream().filter(d -> !ALARMS_ONLY || ALARMING.contains(d.kind)).toList();
        selector = Selector.open();
        Thread io = new Thread(DeviceSimulator::loop, "mqtt-io");
        io.setDaemon(true);
        io.start();
        devices.forEach(DeviceSimulator::connect);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (devices.stream().anyMatch(d -> !d.connected) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        System.err.printf("connected %d of %d devices to %s%n", devices.stream().filter(d -> d.connected).count(),
                devices.size(), url);

        long started = System.nanoTime();
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
        long periodMicros = (long) (heartbeatSeconds * 1_000_000);
        for (int i = 0; i < devices.size(); i++) {
            Device device = devices.get(i);
            scheduler.scheduleAtFixedRate(() -> publish(prefix, device, "HEARTBEAT", null, HEARTBEATS, false),
                    periodMicros * i / devices.size(), periodMicros, TimeUnit.MICROSECONDS);
        }
        if (eventsPerSecond > 0 && !senders.isEmpty()) {
            scheduler.scheduleAtFixedRate(() -> {
                if (burstCycle > 0 && TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) % burstCycle >= burstOn) {
                    return;
                }
                Device device = senders.get(ThreadLocalRandom.current().nextInt(senders.size()));
                String[] event = eventFor(device.kind);
                publish(prefix, device, event[0], event[1], EVENTS, true);
            }, 0, (long) (1_000_000 / eventsPerSecond), TimeUnit.MICROSECONDS);
        }
        scheduler.scheduleAtFixedRate(() -> System.err.printf("%s heartbeats=%d events=%d acknowledged=%d reconnects=%d%n",
                Instant.now(), HEARTBEATS.sum(), EVENTS.sum(), ACKED.sum(), RECONNECTS.sum()), 1, 1, TimeUnit.SECONDS);
        Thread.sleep(seconds * 1000);
        scheduler.shutdownNow();
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (unacknowledged(devices) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        System.out.printf("TOTAL devices=%d heartbeats=%d events=%d failures=%d refused=%d reconnects=%d%n",
                devices.size(), HEARTBEATS.sum(), EVENTS.sum(), unacknowledged(devices), REFUSED.sum(), RECONNECTS.sum());
        System.exit(0);
    }

    private static long unacknowledged(List<Device> devices) {
        long n = 0;
        for (Device d : devices) {
            synchronized (d) {
                n += d.unacknowledged.size();
            }
        }
        return n;
    }

    private static void connect(Device device) {
        synchronized (device) {
            try {
                device.connected = false;
                device.in.clear();
                device.out.clear();
                device.channel = SocketChannel.open();
                device.channel.configureBlocking(false);
                device.channel.connect(broker);
                byte[] payload = concat(str("MQTT"), new byte[] {4, (byte) 0xC0, (byte) (keepAlive >> 8), (byte) keepAlive},
                        str(device.code), str(device.code), str(device.secret));
                device.out.add(ByteBuffer.wrap(packet(0x10, payload)));
            } catch (IOException e) {
                device.channel = null;
            }
        }
        dirty.add(device);
        selector.wakeup();
    }

    private static void publish(String prefix, Device device, String kind, String values, LongAdder sent, boolean print) {
        String id = (kind.equals("HEARTBEAT") ? "hb-" : "ev-") + UUID.randomUUID();
        Instant now = Instant.now();
        String json = "{\"device\":\"" + device.code + "\",\"id\":\"" + id + "\",\"time\":\"" + now
                + "\",\"kind\":\"" + kind + "\",\"values\":" + (values == null ? "{}" : values) + "}";
        synchronized (device) {
            int packetId = device.nextId;
            device.nextId = device.nextId == 65535 ? 1 : device.nextId + 1;
            byte[] publish = packet(0x32, concat(str(prefix + "/" + device.code + "/up"),
                    new byte[] {(byte) (packetId >> 8), (byte) packetId}, json.getBytes(StandardCharsets.UTF_8)));
            device.unacknowledged.put(packetId, publish);
            if (device.connected) {
                device.out.add(ByteBuffer.wrap(publish));
            }
        }
        sent.increment();
        if (print) {
            System.out.println("SENT " + now + " " + device.code + " " + id + " " + kind);
        }
        dirty.add(device);
        selector.wakeup();
    }

    private static void loop() {
        while (true) {
            try {
                selector.select(1000);
                for (Device device; (device = dirty.poll()) != null; ) {
                    register(device);
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    Device device = (Device) key.attachment();
                    try {
                        if (key.isValid() && key.isConnectable() && device.channel.finishConnect()) {
                            register(device);
                        }
                        if (key.isValid() && key.isReadable()) {
                            read(device);
                            register(device);
                        }
                        if (key.isValid() && key.isWritable()) {
                            write(device);
                            register(device);
                        }
                    } catch (IOException lost) {
                        lose(device, key);
                    }
                }
                selector.selectedKeys().clear();
            } catch (IOException | RuntimeException e) {
                System.err.println("io loop: " + e);
            }
        }
    }

    private static void register(Device device) throws IOException {
        synchronized (device) {
            SocketChannel channel = device.channel;
            if (channel == null || !channel.isOpen()) {
                return;
            }
            int ops = channel.isConnectionPending() ? SelectionKey.OP_CONNECT
                    : SelectionKey.OP_READ | (device.out.isEmpty() ? 0 : SelectionKey.OP_WRITE);
            channel.register(selector, ops, device);
        }
    }

    private static void write(Device device) throws IOException {
        synchronized (device) {
            while (!device.out.isEmpty()) {
                ByteBuffer next = device.out.peek();
                device.channel.write(next);
                if (next.hasRemaining()) {
                    return;
                }
                device.out.poll();
            }
        }
    }

    /** CONNACK, PUBACK and PINGRESP: all fixed-length, so a packet is complete at its length. */
    private static void read(Device device) throws IOException {
        if (device.channel.read(device.in) < 0) {
            throw new IOException("closed by the broker");
        }
        device.in.flip();
        while (device.in.remaining() >= 2 && device.in.remaining() >= 2 + (device.in.get(device.in.position() + 1) & 0xFF)) {
            int type = device.in.get() & 0xF0;
            byte[] body = new byte[device.in.get() & 0xFF];
            device.in.get(body);
            synchronized (device) {
                if (type == 0x20) {
                    if (body[1] != 0) {
                        REFUSED.increment();
                        device.channel.close();
                        return;
                    }
                    device.connected = true;
                    // QoS 1: what the broker has not acknowledged yet goes (again) once the session is up
                    device.unacknowledged.values().forEach(p -> {
                        byte[] dup = p.clone();
                        dup[0] |= 0x08;
                        device.out.add(ByteBuffer.wrap(dup));
                    });
                } else if (type == 0x40 && device.unacknowledged.remove(((body[0] & 0xFF) << 8) | (body[1] & 0xFF)) != null) {
                    ACKED.increment();
                }
            }
        }
        device.in.compact();
    }

    private static void lose(Device device, SelectionKey key) {
        key.cancel();
        try {
            device.channel.close();
        } catch (IOException ignored) {
            // reconnecting anyway
        }
        RECONNECTS.increment();
        RECONNECT.schedule(() -> connect(device), 1, TimeUnit.SECONDS);
    }

    /** The event a device of this kind sends: message kind and values. */
    private static String[] eventFor(String kind) {
        return switch (kind) {
            case "SOS_BUTTON" -> new String[] {"SOS", null};
            case "WATCH" -> ALARMS_ONLY || ThreadLocalRandom.current().nextBoolean()
                    ? new String[] {"FALL", "{\"lat\":46.08,\"lon\":121.95}"}
                    : new String[] {"HEART_RATE", "{\"bpm\":" + (151 + ThreadLocalRandom.current().nextInt(40)) + "}"};
            case "SMOKE_DETECTOR" -> new String[] {"SMOKE", null};
            case "GAS_DETECTOR" -> new String[] {"GAS", null};
            case "WATER_LEAK_SENSOR" -> new String[] {"WATER_LEAK", null};
            case "DOOR_SENSOR" -> new String[] {"DOOR", "{\"open\":true}"};
            case "BED_SENSOR" -> new String[] {"BED", "{\"occupied\":false}"};
            default -> new String[] {"MOTION", null};
        };
    }

    private static byte[] packet(int header, byte[] body) {
        byte[] length = new byte[4];
        int n = 0;
        int remaining = body.length;
        do {
            int digit = remaining % 128;
            remaining /= 128;
            length[n++] = (byte) (remaining > 0 ? digit | 0x80 : digit);
        } while (remaining > 0);
        byte[] out = new byte[1 + n + body.length];
        out[0] = (byte) header;
        System.arraycopy(length, 0, out, 1, n);
        System.arraycopy(body, 0, out, 1 + n, body.length);
        return out;
    }

    private static byte[] str(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return concat(new byte[] {(byte) (b.length >> 8), (byte) b.length}, b);
    }

    private static byte[] concat(byte[]... parts) {
        int size = 0;
        for (byte[] p : parts) {
            size += p.length;
        }
        byte[] out = new byte[size];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
