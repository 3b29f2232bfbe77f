package org.yiyang.elder.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Keeps the heartbeat of this node's import jobs and marks as INTERRUPTED any queued or running job whose heartbeat
 * has stopped: its node was restarted or died. Run at start-up, which after a restart finds the jobs the old
 * process left, and then every few seconds, which also covers other nodes that never come back.
 */
@Component
class ImportJobWatch implements ApplicationRunner {

    static final Duration HEARTBEAT = Duration.ofSeconds(5);
    static final Duration SILENCE = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(ImportJobWatch.class);

    private final ElderImportJobs jobs;
    private final ImportJobStore store;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "elder-import-watch");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobWatch(ElderImportJobs jobs, ImportJobStore store, Clock clock) {
        this.jobs = jobs;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        sweep();
        timer.scheduleWithFixedDelay(this::tick, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Marks jobs nobody has kept alive for {@link #SILENCE} as interrupted; answers how many. */
    int sweep() {
        Instant now = clock.instant();
        int interrupted = store.interruptSilentSince(now.minus(SILENCE), now);
        if (interrupted > 0) {
            log.warn("Marked {} elder import job(s) as interrupted: their application node stopped", interrupted);
        }
        return interrupted;
    }

    private void tick() {
        try {
            store.heartbeat(jobs.owned(), clock.instant());
            sweep();
        } catch (RuntimeException e) {
            log.warn("Elder import heartbeat failed: {}", e.getClass().getName());
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
