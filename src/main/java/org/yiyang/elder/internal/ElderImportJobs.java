package org.yiyang.elder.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.yiyang.identity.AuditTrail;
import org.yiyang.identity.AuditTrail.AuditEntry;
import org.yiyang.identity.Viewer;

/**
 * Import jobs: an uploaded file is checked at once (format, encoding, columns), then imported in the background
 * on a small bounded pool while its page shows the progress. A job belongs to the importer's division; only
 * viewers whose division contains it see it, its progress and its error report.
 */
@Service
public class ElderImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ElderImportJobs.class);

    private final ElderImporter importer;
    private final ImportJobStore store;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;
    private final ThreadPoolExecutor executor;
    private final Map<Long, Path> owned = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    ElderImportJobs(ElderImporter importer, ImportJobStore store, AuditTrail audit, MessageSource messages, Clock clock,
                    @Value("${yiyang.elder.import.workers:1}") int workers,
                    @Value("${yiyang.elder.import.queue:10}") int queue) {
        this.importer = importer;
        this.store = store;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, queue)), r -> {
                    Thread thread = new Thread(r, "elder-import-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Checks the file and queues its import; the job takes over {@code upload} and deletes it when done.
     *
     * @throws ImportRefused when the file cannot be imported at all (it is deleted then)
     */
    public ImportJob start(Viewer viewer, String fileName, Path upload) {
        if (!ElderRegistryService.EDITORS.contains(viewer.role())) {
            delete(upload);
            throw new AccessDeniedException("Role " + viewer.role() + " may not import elders");
        }
        try {
            ImportFile.check(upload);
            if (executor.getQueue().remainingCapacity() == 0) {
                throw ImportRefused.busy();
            }
        } catch (RuntimeException e) {
            delete(upload);
            throw e;
        }
        long id = store.create(fileName, viewer.division().value(), viewer.username(), clock.instant());
        owned.put(id, upload);
        try {
            executor.execute(() -> run(id, viewer, upload));
        } catch (RejectedExecutionException e) {
            finish(id, ImportJobStatus.FAILED, ImportCounts.NONE, null);
            delete(upload);
            throw ImportRefused.busy();
        }
        audit.record(AuditEntry.success(viewer.username(), "ELDER_IMPORT_STARTED", "elder-import:" + id)
                .inDivision(viewer.division().value()));
        return store.find(viewer.scope(), id).orElseThrow();
    }

    public Optional<ImportJob> find(Viewer viewer, long id) {
        return store.find(viewer.scope(), id);
    }

    public List<ImportJob> recent(Viewer viewer, int limit) {
        return store.recent(viewer.scope(), limit);
    }

    /** The job's error report as CSV in {@code locale}; empty when the job is not the viewer's to see. */
    public Optional<byte[]> errorReport(Viewer viewer, long id, Locale locale) {
        return store.find(viewer.scope(), id)
                .map(job -> ErrorReport.csv(store.report(viewer.scope(), id).orElse(""), messages, locale));
    }

    /** Jobs this node has queued or is running, whose heartbeat it keeps. */
    Set<Long> owned() {
        return Set.copyOf(owned.keySet());
    }

    private void run(long id, Viewer viewer, Path file) {
        ImportCounts[] last = {ImportCounts.NONE};
        try {
            store.started(id, ImportFile.countRows(file), clock.instant());
            ImportResult result;
            try (ImportFile opened = ImportFile.open(file)) {
                result = importer.importRows(viewer, opened.rows(), opened.header()::nameOf, counts -> {
                    last[0] = counts;
                    store.progress(id, counts, clock.instant());
                    if (stopping) {
                        throw new IllegalStateException("The application is stopping");
                    }
                });
            }
            finish(id, ImportJobStatus.DONE, result.counts(), ErrorReport.store(result));
            audit.record(AuditEntry.success(viewer.username(), "ELDER_IMPORT_FINISHED", "elder-import:" + id)
                    .inDivision(viewer.division().value()).withDetail(detail(result.counts())));
        } catch (ImportStopped e) {
            fail(id, e.partial().counts(), ErrorReport.store(e.partial()), e.getCause());
        } catch (RuntimeException e) {
            fail(id, last[0], null, e);
        } finally {
            owned.remove(id);
            delete(file);
        }
    }

    private void fail(long id, ImportCounts counts, String report, Throwable cause) {
        // the exception's message may quote row values: log its type only
        log.error("Elder import job {} stopped: {}", id, cause == null ? "?" : cause.getClass().getName());
        finish(id, stopping ? ImportJobStatus.INTERRUPTED : ImportJobStatus.FAILED, counts, report);
    }

    private void finish(long id, ImportJobStatus status, ImportCounts counts, String report) {
        try {
            store.finished(id, status, counts, report, clock.instant());
        } catch (RuntimeException e) {
            log.error("Elder import job {} could not be marked {}: {}", id, status, e.getClass().getName());
        }
    }

    private static String detail(ImportCounts c) {
        return "rows=" + c.processed() + " imported=" + c.imported() + " skipped=" + c.skipped() + " failed=" + c.failed();
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete an uploaded import file: {}", e.getClass().getName());
        }
    }

    /**
     * Stops after the batch in progress (never by interrupting a thread inside JDBC); queued jobs are dropped.
     * Both end as INTERRUPTED: uploading the file again finishes them.
     */
    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        executor.getQueue().clear();
        executor.shutdown();
        executor.awaitTermination(15, TimeUnit.SECONDS);
        store.interrupt(owned.keySet(), Instant.now(clock));
        owned.values().forEach(ElderImportJobs::delete);
    }
}
