package org.yiyang.elder.internal;

import org.yiyang.shared.ChinaTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.yiyang.identity.Viewer;
import org.yiyang.region.DivisionDirectory;

/**
 * Bulk import of elders (批量导入), for the import jobs and for benchmarks. Rows are validated by the same
 * {@link ElderValidator} as the form, within the importing viewer's division, and written in batches, each batch
 * in one transaction: an interrupted import leaves whole elders only, and importing the same rows again skips
 * every one already registered (the ID number is the natural key). Validation and encryption of a batch run in
 * parallel while the batch before it is written; the database sees two JDBC batches per batch.
 */
@Component
public class ElderImporter {

    public static final int MAX_REPORTED_PROBLEMS = 50_000;

    private final DivisionDirectory divisions;
    private final ElderBatchWriter writer;
    private final Clock clock;
    private final int batchSize;
    private final ForkJoinPool workers;
    private final ExecutorService writers;

    ElderImporter(DivisionDirectory divisions, ElderBatchWriter writer, Clock clock,
                  @Value("${yiyang.elder.import.batch-size:1000}") int batchSize,
                  @Value("${yiyang.elder.import.parallelism:0}") int parallelism) {
        this.divisions = divisions;
        this.writer = writer;
        this.clock = clock;
        this.batchSize = Math.max(1, Math.min(batchSize, 20_000));
        this.workers = new ForkJoinPool(parallelism > 0 ? parallelism : Runtime.getRuntime().availableProcessors());
        AtomicInteger threads = new AtomicInteger();
        this.writers = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "elder-import-writer-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** One data row and its number in the file, for the report. */
    public record SourceRow(int number, Map<String, String> values) {
    }

    /**
     * Imports rows whose keys are the {@linkplain ImportColumn#key() English column names} ({@code name},
     * {@code idNumber} …); rows are numbered from 2, as under a header row.
     *
     * @throws AccessDeniedException unless the viewer keeps the registry (regulator, operator)
     * @throws ImportStopped         when a batch cannot be read or written; the batches before it are imported
     */
    public ImportResult importRows(Viewer viewer, Iterator<Map<String, String>> rows, ProgressListener listener) {
        Iterator<SourceRow> numbered = new Iterator<>() {
            private int number = 1;

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public SourceRow next() {
                return new SourceRow(++number, rows.next());
            }
        };
        return importRows(viewer, numbered, ImportColumn::header, listener);
    }

    /**
     * Imports numbered rows; {@code columnNames} names a column in the report as the file does. While batch n is
     * written on a writer thread, batch n + 1 is prepared here; a batch counts once its transaction commits.
     */
    ImportResult importRows(Viewer viewer, Iterator<SourceRow> rows, Function<ImportColumn, String> columnNames,
                            ProgressListener listener) {
        if (!ElderRegistryService.EDITORS.contains(viewer.role())) {
            throw new AccessDeniedException("Role " + viewer.role() + " may not import elders");
        }
        var run = new ImportRun(viewer, columnNames, new ElderValidator(new MemoizedDivisions(divisions)), writer,
                workers, ChinaTime.today(clock));
        Written writing = null;
        try {
            while (rows.hasNext()) {
                ImportRun.Prepared next = run.prepare(nextBatch(rows));
                if (writing != null) {
                    Written done = writing;
                    writing = null;
                    commit(run, done, listener);
                }
                writing = new Written(next, CompletableFuture.supplyAsync(
                        () -> writer.insert(next.sealed(), viewer.username(), clock.instant()), writers));
            }
            if (writing != null) {
                Written done = writing;
                writing = null;
                commit(run, done, listener);
            }
        } catch (RuntimeException e) {
            settle(run, writing);
            throw new ImportStopped(run.result(), e);
        }
        return run.result();
    }

    private record Written(ImportRun.Prepared prepared, CompletableFuture<boolean[]> inserted) {
    }

    private static void commit(ImportRun run, Written written, ProgressListener listener) {
        run.account(written.prepared(), join(written.inserted()));
        listener.progress(run.counts());
    }

    /** Waits for a write still in flight when the import stops, and counts it if it was committed. */
    private static void settle(ImportRun run, Written writing) {
        if (writing != null) {
            try {
                run.account(writing.prepared(), join(writing.inserted()));
            } catch (RuntimeException failedToo) {
                // the import stops either way; this batch was rolled back
            }
        }
    }

    private List<SourceRow> nextBatch(Iterator<SourceRow> rows) {
        List<SourceRow> batch = new ArrayList<>(batchSize);
        while (batch.size() < batchSize && rows.hasNext()) {
            batch.add(rows.next());
        }
        return batch;
    }

    private static boolean[] join(CompletableFuture<boolean[]> write) {
        try {
            return write.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
        writers.shutdown();
    }
}
