import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Load generator of the order benchmark (bench/orders.sh); needs nothing but the JDK (run as a single-file source
 * program, JEP 330). A closed loop: CONCURRENCY threads each send the next request as soon as the previous answer
 * arrived, over HTTP/1.1 keep-alive connections, with the operator's bearer token.
 *
 * <pre>java bench/OrderLoad.java BASE_URL TOKEN_FILE CONCURRENCY SECONDS [ROUNDS] [WARMUP_SECONDS]</pre>
 *
 * 1. Finds the bookable (offering, time) pairs through the API (elders, offerings for an elder, times for 31 days)
 *    and orders them so that consecutive orders go to different slots and no slot gets more than its free places.
 * 2. Per round: orders (POST /api/v1/orders, each with a fresh Idempotency-Key) for SECONDS after a warm-up (the
 *    first round's WARMUP_SECONDS, default 20, for the JIT compilers on a small machine; later rounds 5 s), then
 *    the ceiling: the same loop against GET /api/v1/ping (same token, same HTTP, security and JSON layers, no data).
 * 3. Retries a sample of placed orders with the same key (must answer 200 with the same order) and one key with
 *    another body (must answer 409).
 * Prints a table per round, the medians over the rounds, and {@code created=N} (every 201, warm-up included)
 * for the script's check against the database.
 */
public class OrderLoad {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    record Slot(long offeringId, String start) {
    }

    record Result(String what, long count, double seconds, long[] latencies, Map<String, Long> failures, Cpu cpu) {

        double perSecond() {
            return count / seconds;
        }

        double percentile(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(index, latencies.length - 1))] / 1e6;
        }

        double max() {
            return latencies.length == 0 ? Double.NaN : latencies[latencies.length - 1] / 1e6;
        }
    }

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    final String base;
    final String token;
    final LongAdder created = new LongAdder();
    final Map<String, String> placedSample = new ConcurrentHashMap<>();   // key -> body|orderId
    final AtomicLong next = new AtomicLong();
    final String runId = Long.toString(System.currentTimeMillis(), 36);
    List<Long> elders;
    List<Slot> slots;
    int rounds;   // how many times every slot may be used

    OrderLoad(String base, String token) {
        this.base = base;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: java bench/OrderLoad.java BASE_URL TOKEN_FILE CONCURRENCY SECONDS [ROUNDS] [WARMUP]");
            System.exit(2);
        }
        var load = new OrderLoad(args[0], Files.readString(Path.of(args[1])).strip());
        int concurrency = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 20;   // the first round's; later rounds 5 s
        load.prepare();
        List<Result> orders = new ArrayList<>();
        List<Result> pings = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            load.loop("warm-up orders", concurrency, round == 1 ? warmup : Math.min(warmup, 5), load::order);
            Result o = load.loop("orders", concurrency, seconds, load::order);
            load.loop("warm-up ping", concurrency, round == 1 ? Math.min(warmup, 10) : 3, n -> load.ping());
            Result p = load.loop("ping (ceiling)", concurrency, seconds, n -> load.ping());
            orders.add(o);
            pings.add(p);
            System.out.printf("%nround %d of %d, concurrency %d, %d s each%n", round, rounds, concurrency, seconds);
            table(List.of(Row.of(o), Row.of(p)));
            cpuTable(List.of(o, p));
        }
        boolean retriesOk = load.checkRetries();
        long failed = orders.stream().mapToLong(r -> r.failures().values().stream().mapToLong(Long::longValue).sum()).sum()
                + pings.stream().mapToLong(r -> r.failures().values().stream().mapToLong(Long::longValue).sum()).sum();
        Row mo = median(orders);
        Row mp = median(pings);
        if (rounds > 1) {
            System.out.printf("%nmedians over %d rounds (each figure the median of its own column)%n", rounds);
            table(List.of(mo, mp));
        }
        System.out.printf("%nSUMMARY concurrency=%d duration=%ds rounds=%d orders/s=%.0f p50=%.1fms p99=%.1fms "
                        + "| ceiling GET /api/v1/ping %.0f req/s p50=%.1fms p99=%.1fms | non-2xx=%d retries=%s%n",
                concurrency, seconds, rounds, mo.perSecond(), mo.p50(), mo.p99(), mp.perSecond(), mp.p50(), mp.p99(),
                failed, retriesOk ? "ok" : "FAILED");
        System.out.println("created=" + load.created.sum());
        System.exit(failed == 0 && retriesOk ? 0 : 1);
    }

    // ---- preparation through the API ----

    void prepare() throws Exception {
        List<Object> items = asList(asMap(get("/api/v1/elders?size=200")).get("items"));
        elders = items.stream().map(e -> ((Number) asMap(e).get("id")).longValue()).toList();
        if (elders.isEmpty()) {
            throw new IllegalStateException("The operator sees no elders (demo mode off?)");
        }
        LocalDateTime earliest = LocalDateTime.now(CHINA).plusMinutes(75);   // min lead time 1 h, with room for the run
        Map<Slot, Integer> free = new LinkedHashMap<>();
        for (Object o : asList(get("/api/v1/offerings?elder=" + elders.get(0)))) {
            long id = ((Number) asMap(o).get("id")).longValue();
            for (Object t : asList(get("/api/v1/offerings/" + id + "/times?days=31"))) {
                var time = asMap(t);
                String start = (String) time.get("start");
                int places = ((Number) time.get("free")).intValue();
                if (LocalDateTime.parse(start).isAfter(earliest) && places > 0) {
                    free.put(new Slot(id, start), places);
                }
            }
        }
        // Use the slots with the most room, each that many times: the benchmark offerings' slots (100 places).
        int most = free.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Slot> roomy = new ArrayList<>(free.entrySet().stream().filter(e -> e.getValue() == most)
                .map(Map.Entry::getKey).toList());
        Collections.shuffle(roomy, new Random(42));
        slots = roomy;
        rounds = most;
        System.out.printf("prepared: %d elders, %d slots with %d free places each (room for %,d orders), run %s%n",
                elders.size(), slots.size(), most, (long) slots.size() * most, runId);
    }

    // ---- the two requests ----

    /** Order n goes to slot n mod S on pass n / S: consecutive orders never share a slot, no slot overflows. */
    int order(long unused) throws Exception {
        long n = next.getAndIncrement();
        if (n >= (long) slots.size() * rounds) {
            throw new IllegalStateException("out of slots");
        }
        Slot slot = slots.get((int) (n % slots.size()));
        long elder = elders.get((int) (n % elders.size()));
        String body = "{\"elderId\":%d,\"offeringId\":%d,\"start\":\"%s\",\"quantity\":1,\"note\":\"benchmark\"}"
                .formatted(elder, slot.offeringId(), slot.start());
        String key = "bench-" + runId + "-" + n;
        HttpResponse<String> response = http.send(post(key, body), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 201) {
            created.increment();
            if (n % 997 == 0 && placedSample.size() < 20) {
                placedSample.put(key, body + "|" + orderId(response.body()));
            }
        }
        return response.statusCode() * 1000 + (response.statusCode() / 100 == 2 ? 0 : remember(response));
    }

    int ping() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/ping"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() * 1000 + (response.statusCode() / 100 == 2 ? 0 : remember(response));
    }

    final Map<Integer, String> sampleBodies = new ConcurrentHashMap<>();

    int remember(HttpResponse<String> response) {
        sampleBodies.putIfAbsent(response.statusCode(), response.body());
        return 0;
    }

    HttpRequest post(String key, String body) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/orders"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static long orderId(String json) {
        return ((Number) asMap(Json.parse(json)).get("orderId")).longValue();
    }

    // ---- the closed loop ----

    interface Call {
        int send(long n) throws Exception;
    }

    Result loop(String what, int concurrency, int seconds, Call call) throws InterruptedException {
        Cpu cpuBefore = Cpu.now();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        long[][] latencies = new long[concurrency][];
        int[] counts = new int[concurrency];
        Map<String, Long> failures = new TreeMap<>();
        var done = new CountDownLatch(concurrency);
        for (int t = 0; t < concurrency; t++) {
            int thread = t;
            new Thread(() -> {
                long[] mine = new long[4096];
                int count = 0;
                Map<String, Long> myFailures = new TreeMap<>();
                try {
                    while (true) {
                        long before = System.nanoTime();
                        if (before >= end) {
                            break;
                        }
                        String failure = null;
                        try {
                            int status = call.send(count) / 1000;
                            if (status / 100 != 2) {
                                failure = "HTTP " + status;
                            }
                        } catch (Exception e) {
                            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
                        }
                        long after = System.nanoTime();
                        if (failure != null) {
                            myFailures.merge(failure, 1L, Long::sum);
                        }
                        if (count == mine.length) {
                            mine = Arrays.copyOf(mine, count * 2);
                        }
                        mine[count++] = after - before;
                    }
                } finally {
                    latencies[thread] = Arrays.copyOf(mine, count);
                    counts[thread] = count;
                    synchronized (failures) {
                        myFailures.forEach((k, v) -> failures.merge(k, v, Long::sum));
                    }
                    done.countDown();
                }
            }, "load-" + t).start();
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(what, all.length, elapsed, all, failures, Cpu.now().minus(cpuBefore));
    }

    // ---- idempotency ----

    boolean checkRetries() throws Exception {
        boolean ok = !placedSample.isEmpty();
        int checked = 0;
        for (var e : placedSample.entrySet()) {
            String body = e.getValue().substring(0, e.getValue().lastIndexOf('|'));
            long id = Long.parseLong(e.getValue().substring(e.getValue().lastIndexOf('|') + 1));
            HttpResponse<String> again = http.send(post(e.getKey(), body), HttpResponse.BodyHandlers.ofString());
            if (again.statusCode() != 200 || orderId(again.body()) != id) {
                System.out.printf("RETRY FAILED key %s: %d %s (first answer order %d)%n", e.getKey(), again.statusCode(),
                        again.body(), id);
                ok = false;
            }
            checked++;
        }
        if (!placedSample.isEmpty()) {
            var any = placedSample.entrySet().iterator().next();
            String other = any.getValue().substring(0, any.getValue().lastIndexOf('|')).replace("\"benchmark\"", "\"other\"");
            int status = http.send(post(any.getKey(), other), HttpResponse.BodyHandlers.ofString()).statusCode();
            if (status != 409) {
                System.out.printf("REUSED KEY WITH ANOTHER BODY answered %d, expected 409%n", status);
                ok = false;
            }
        }
        System.out.printf("%nidempotency: %d retries with the same key answered 200 with the first order: %s; "
                + "a key reused with another body answered 409: %s%n", checked, ok ? "yes" : "NO", ok ? "yes" : "see above");
        return ok;
    }

    // ---- where the CPU went (Linux /proc; clock ticks of 10 ms) ----

    /** CPU seconds used by the application, this load generator, all PostgreSQL processes, and the whole machine. */
    record Cpu(double app, double generator, double postgres, double machineBusy, double machineTotal) {

        static final long APP = Long.getLong("bench.app.pid", -1);

        static Cpu now() {
            try {
                double[] machine = machine();
                double postgres = 0;
                try (var dirs = Files.list(Path.of("/proc"))) {
                    for (Path dir : dirs.filter(d -> d.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                        String stat = stat(dir.resolve("stat"));
                        if (stat != null && stat.contains("(postgres)")) {
                            postgres += ticks(stat);
                        }
                    }
                }
                String app = APP < 0 ? null : stat(Path.of("/proc/" + APP + "/stat"));
                String self = stat(Path.of("/proc/" + ProcessHandle.current().pid() + "/stat"));
                return new Cpu(app == null ? 0 : ticks(app) / 100, self == null ? 0 : ticks(self) / 100, postgres / 100,
                        machine[0] / 100, machine[1] / 100);
            } catch (Exception notLinux) {
                return new Cpu(0, 0, 0, 0, 0);
            }
        }

        Cpu minus(Cpu o) {
            return new Cpu(app - o.app, generator - o.generator, postgres - o.postgres, machineBusy - o.machineBusy,
                    machineTotal - o.machineTotal);
        }

        private static String stat(Path file) {
            try {
                return Files.readString(file);
            } catch (Exception gone) {
                return null;
            }
        }

        private static double ticks(String stat) {
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Double.parseDouble(f[11]) + Double.parseDouble(f[12]);   // utime, stime
        }

        private static double[] machine() throws Exception {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            double busy = 0;
            double total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Double.parseDouble(f[i]);
                if (i != 4 && i != 5) {
                    busy += Double.parseDouble(f[i]);
                }
            }
            return new double[] {busy, total};
        }
    }

    static void cpuTable(List<Result> results) {
        System.out.printf("%-24s %12s %12s %12s %12s %14s%n", "CPU per request", "app ms", "generator ms",
                "PostgreSQL ms", "others ms", "machine busy");
        for (Result r : results) {
            Cpu c = r.cpu();
            if (r.count() == 0 || c.machineTotal() == 0) {
                continue;
            }
            double others = c.machineBusy() - c.app() - c.generator() - c.postgres();
            System.out.printf("%-24s %12.2f %12.2f %12.2f %12.2f %13.0f%%%n", r.what(), 1000 * c.app() / r.count(),
                    1000 * c.generator() / r.count(), 1000 * c.postgres() / r.count(), 1000 * others / r.count(),
                    100 * c.machineBusy() / c.machineTotal());
        }
    }

    // ---- output ----

    /** One line of the table. */
    record Row(String what, String requests, double perSecond, double p50, double p90, double p99, double max,
               Map<String, Long> failures) {

        static Row of(Result r) {
            return new Row(r.what(), Long.toString(r.count()), r.perSecond(), r.percentile(50), r.percentile(90),
                    r.percentile(99), r.max(), r.failures());
        }
    }

    /** Each figure the median of the rounds' figures. */
    static Row median(List<Result> results) {
        Map<String, Long> failures = new TreeMap<>();
        results.forEach(r -> r.failures().forEach((k, v) -> failures.merge(k, v, Long::sum)));
        return new Row(results.get(0).what() + " (median)", "-",
                medianOf(results.stream().mapToDouble(Result::perSecond).toArray()),
                medianOf(results.stream().mapToDouble(r -> r.percentile(50)).toArray()),
                medianOf(results.stream().mapToDouble(r -> r.percentile(90)).toArray()),
                medianOf(results.stream().mapToDouble(r -> r.percentile(99)).toArray()),
                medianOf(results.stream().mapToDouble(Result::max).toArray()), failures);
    }

    static double medianOf(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static void table(List<Row> rows) {
        System.out.printf("%-24s %9s %10s %8s %8s %8s %8s  %s%n", "", "requests", "per second", "p50 ms", "p90 ms",
                "p99 ms", "max ms", "non-2xx / errors");
        for (Row r : rows) {
            System.out.printf("%-24s %9s %10.0f %8.1f %8.1f %8.1f %8.1f  %s%n", r.what(), r.requests(), r.perSecond(),
                    r.p50(), r.p90(), r.p99(), r.max(), r.failures().isEmpty() ? "0" : r.failures().toString());
        }
    }

    // ---- HTTP and JSON helpers ----

    Object get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Json.parse(response.body());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> asList(Object o) {
        return (List<Object>) o;
    }

    /** Just enough JSON for the API's answers: objects, arrays, strings, numbers, booleans, null. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            return new Json(text).value();
        }

        private Object value() {
            skip();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> map = new LinkedHashMap<>();
                i++;
                skip();
                if (s.charAt(i) == '}') {
                    i++;
                    return map;
                }
                while (true) {
                    skip();
                    String key = string();
                    skip();
                    i++; // :
                    map.put(key, value());
                    skip();
                    if (s.charAt(i++) == '}') {
                        return map;
                    }
                }
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                i++;
                skip();
                if (s.charAt(i) == ']') {
                    i++;
                    return list;
                }
                while (true) {
                    list.add(value());
                    skip();
                    if (s.charAt(i++) == ']') {
                        return list;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            if (s.startsWith("true", i)) {
                i += 4;
                return true;
            }
            if (s.startsWith("false", i)) {
                i += 5;
                return false;
            }
            if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            int from = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            String number = s.substring(from, i);
            return number.contains(".") || number.contains("e") || number.contains("E")
                    ? (Number) Double.parseDouble(number) : (Number) Long.parseLong(number);
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            i++; // opening quote
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
