package org.yiyang.elder.internal;

import java.time.Instant;

/** An import job as its page shows it; {@code total} is null until the file has been counted. */
public record ImportJob(long id, String fileName, ImportJobStatus status, Integer total, int processed, int imported,
                        int skipped, int failed, String divisionCode, String createdBy, Instant createdAt,
                        Instant finishedAt) {

    public boolean running() {
        return !status.finished();
    }

    /** Per cent of rows processed, 0 while the total is unknown. */
    public int percent() {
        return total == null || total == 0 ? 0 : (int) Math.min(100, processed * 100L / total);
    }

    public boolean hasErrorReport() {
        return failed > 0;
    }
}
