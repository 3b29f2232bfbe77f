package org.yiyang.elder.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.yiyang.elder.AgeBand;
import org.yiyang.elder.ElderQuery;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.ElderStatus;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.region.Division;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.shared.DivisionCode;

/**
 * The registry benchmark (a command, not a test): {@code bench/registry.sh [count]}. Imports a synthetic
 * registry through the real bulk importer, then measures look-up by ID number and a township's filtered list
 * page through the real registry service, prints the figures and exits.
 */
@Component
@ConditionalOnProperty(name = "yiyang.bench.registry.count")
class RegistryBenchmark implements ApplicationRunner {

    private static final Viewer REGION = new Viewer(0, "benchmark", "benchmark", Role.REGULATOR,
            DivisionCode.INNER_MONGOLIA);

    private final ElderImporter importer;
    private final ElderRegistry registry;
    private final DivisionDirectory divisions;
    private final ApplicationContext context;
    private final Clock clock;
    private final int count;
    private final int samples;

    RegistryBenchmark(ElderImporter importer, ElderRegistry registry, DivisionDirectory divisions,
                      ApplicationContext context, Clock clock, @Value("${yiyang.bench.registry.count}") int count,
                      @Value("${yiyang.bench.registry.samples:5000}") int samples) {
        this.importer = importer;
        this.registry = registry;
        this.divisions = divisions;
        this.context = context;
        this.clock = clock;
        this.count = count;
        this.samples = samples;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, List<String>> villages = new LinkedHashMap<>();
        for (Division league : divisions.children(DivisionCode.INNER_MONGOLIA)) {
            villages.put(league.code().substring(0, 4),
                    divisions.descendants(league.divisionCode(), 5).stream().map(Division::code).toList());
        }
        var generator = new SyntheticElders(villages, LocalDate.now(clock), 42);
        List<String> sampleIds = new ArrayList<>();
        int every = Math.max(1, count / samples);
        Iterator<Map<String, String>> rows = new Iterator<>() {
            int produced;

            public boolean hasNext() {
                return produced < count;
            }

            public Map<String, String> next() {
                Map<String, String> row = generator.next();
                if (produced++ % every == 0) {
                    sampleIds.add(row.get("idNumber"));
                }
                return row;
            }
        };
        long start = System.nanoTime();
        long[] lastReport = {start};
        var result = importer.importRows(REGION, rows, counts -> {
            long now = System.nanoTime();
            if (now - lastReport[0] > 10_000_000_000L) {
                lastReport[0] = now;
                System.out.printf("  … %,d rows processed (%,.0f rows/s)%n", counts.processed(),
                        counts.processed() / ((now - start) / 1e9));
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        var counts = result.counts();
        System.out.printf("%nIMPORT   %,d rows in %.1f s = %,.0f rows/s (target >= 20,000): imported %,d, skipped %,d, failed %,d%n",
                count, seconds, count / seconds, counts.imported(), counts.skipped(), counts.failed());

        Random random = new Random(7);
        double[] lookups = measure(sampleIds.size(), () -> {
            String id = sampleIds.get(random.nextInt(sampleIds.size()));
            return registry.search(REGION, new ElderQuery(id, null, null, null, null, null, ElderStatus.ACTIVE), 0, 20);
        });
        System.out.printf("LOOKUP   by ID number: median %.2f ms, p99 %.2f ms over %,d look-ups (target p99 <= 5 ms)%n",
                percentile(lookups, 50), percentile(lookups, 99), lookups.length);

        List<Division> townships = divisions.descendants(DivisionCode.INNER_MONGOLIA, 4);
        double[] lists = measure(2_000, () -> {
            String township = townships.get(random.nextInt(townships.size())).code();
            return registry.search(REGION, new ElderQuery("", township, null, AgeBand.AGE_80, null, null,
                    ElderStatus.ACTIVE), 0, 20);
        });
        System.out.printf("LIST     a township's 80+ page of 20: median %.2f ms, p95 %.2f ms over %,d pages (target p95 <= 50 ms)%n",
                percentile(lists, 50), percentile(lists, 95), lists.length);
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    /** Milliseconds of each call, after a warm-up of a tenth as many calls. */
    private static double[] measure(int calls, Supplier<?> call) {
        for (int i = 0; i < calls / 10; i++) {
            call.get();
        }
        double[] ms = new double[calls];
        for (int i = 0; i < calls; i++) {
            long t = System.nanoTime();
            call.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
