package org.yiyang.elder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.IntegrationTest;

@IntegrationTest
class ImportJobWatchTests {

    @Autowired
    ImportJobWatch watch;

    @Autowired
    ImportJobStore store;

    @Autowired
    JdbcClient jdbc;

    @Test
    void jobsLeftQueuedOrRunningByAStoppedNodeAreMarkedInterruptedAndLiveOnesAreLeftAlone() {
        Instant now = Instant.now();
        long leftRunning = job("RUNNING", now.minus(Duration.ofMinutes(10)));
        long leftQueued = job("QUEUED", now.minus(Duration.ofMinutes(2)));
        long alive = job("RUNNING", now);
        long done = job("DONE", now.minus(Duration.ofDays(1)));

        assertThat(watch.sweep()).isGreaterThanOrEqualTo(2);

        assertThat(status(leftRunning)).isEqualTo("INTERRUPTED");
        assertThat(status(leftQueued)).isEqualTo("INTERRUPTED");
        assertThat(status(alive)).isEqualTo("RUNNING");
        assertThat(status(done)).isEqualTo("DONE");
        jdbc.sql("UPDATE elder_import_job SET status = 'DONE' WHERE id = :id").param("id", alive).update();
    }

    private long job(String status, Instant heartbeat) {
        long id = store.create("test.csv", "152221000000", "test", heartbeat);
        jdbc.sql("UPDATE elder_import_job SET status = :status, heartbeat_at = :at WHERE id = :id")
                .param("status", status).param("at", heartbeat.atOffset(ZoneOffset.UTC)).param("id", id).update();
        return id;
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM elder_import_job WHERE id = :id").param("id", id).query(String.class).single();
    }
}
