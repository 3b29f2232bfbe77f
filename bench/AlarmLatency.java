import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console side of the alarm benchmark ({@code bench/alarms.sh}): signs in as a hotline operator, opens the alarm
 * desk's event stream ({@code /care/alarms/stream}) like the console page does, and for every {@code alarm} event
 * takes the latency from the device's own publish time ({@code signalledAt}, the time in the MQTT payload) to the
 * moment the event arrives here. Runs for SECONDS, then writes one line per alarm (id, publish time, latency in ms)
 * to OUT and prints the count, the alarms seen twice, and the median, p95, p99 and maximum: apart for the alarms
 * published in the first WARMUP seconds after the first one (the platform's JIT compiler is still at work on a fresh
 * start), and for the rest, which is the measured run.
 *
 * <pre>java bench/AlarmLatency.java BASE_URL USERNAME PASSWORD SECONDS OUT [WARMUP]</pre>
 */
public class AlarmLatency {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern SIGNALLED = Pattern.compile("\"signalledAt\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long seconds = Long.parseLong(args[3]);
        long warmupMillis = args.length > 5 ? Long.parseLong(args[5]) * 1000 : 0;
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        signIn(http, base, args[1], args[2]);

        Map<Long, long[]> latencies = new ConcurrentHashMap<>();
        Map<Long, Integer> seen = new ConcurrentHashMap<>();
        Thread reader = new Thread(() -> read(http, base, latencies, seen), "alarm-stream");
        reader.setDaemon(true);
        reader.start();
        System.out.println("LISTENING " + Instant.now());
        Thread.sleep(seconds * 1000);

        List<String> lines = new ArrayList<>();
        latencies.forEach((id, at) -> lines.add(id + " " + at[0] + " " + at[1]));
        Files.write(Path.of(args[4]), lines);
        long twice = seen.values().stream().filter(n -> n > 1).count();
        System.out.printf("CONSOLE alarms received %d, received more than once %d%n", latencies.size(), twice);
        long first = latencies.values().stream().mapToLong(at -> at[0]).min().orElse(0);
        List<Long> warmup = new ArrayList<>();
        List<Long> measured = new ArrayList<>();
        latencies.values().forEach(at -> (at[0] < first + warmupMillis ? warmup : measured).add(at[1]));
        print("warm-up, first " + warmupMillis / 1000 + " s", warmup);
        print("measured", measured);
        System.exit(0);
    }

    private static void print(String part, List<Long> latencies) {
        if (latencies.isEmpty()) {
            return;
        }
        Collections.sort(latencies);
        System.out.printf("LATENCY %s (%d alarms), device publish -> console event: median %d ms, p95 %d ms, p99 %d ms,"
                        + " max %d ms%n", part, latencies.size(), pct(latencies, 50), pct(latencies, 95),
                pct(latencies, 99), latencies.get(latencies.size() - 1));
    }

    private static void signIn(HttpClient http, String base, String username, String password) throws Exception {
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String to = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || to.contains("error")) {
            throw new IllegalStateException("sign-in refused: " + login.statusCode() + " " + to);
        }
    }

    private static void read(HttpClient http, String base, Map<Long, long[]> latencies, Map<Long, Integer> seen) {
        try {
            HttpResponse<java.io.InputStream> stream = http.send(HttpRequest.newBuilder(
                            URI.create(base + "/care/alarms/stream")).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (stream.statusCode() != 200) {
                throw new IllegalStateException("stream refused: " + stream.statusCode());
            }
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                String event = "";
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("event:")) {
                        event = line.substring(6).trim();
                    } else if (line.startsWith("data:") && event.equals("alarm")) {
                        long arrived = System.currentTimeMillis();
                        Matcher id = ID.matcher(line);
                        Matcher signalled = SIGNALLED.matcher(line);
                        if (id.find() && signalled.find()) {
                            long alarm = Long.parseLong(id.group(1));
                            seen.merge(alarm, 1, Integer::sum);
                            long published = Instant.parse(signalled.group(1)).toEpochMilli();
                            latencies.putIfAbsent(alarm, new long[] {published, arrived - published});
                        }
                    } else if (line.isEmpty()) {
                        event = "";
                    }
                }
            }
        } catch (Exception e) {
            System.err.println("stream ended: " + e);
        }
    }

    private static long pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
