package org.yiyang.elder.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiyang.region.DivisionScope;

/** The {@code elder_import_job} table: a job's row, its progress and its stored error report. */
@Component
class ImportJobStore {

    private static final String COLUMNS = "id, file_name, status, total_rows, processed_rows, imported_rows, "
            + "skipped_rows, failed_rows, division_code, created_by, created_at, finished_at";
    private static final List<String> UNFINISHED = List.of(ImportJobStatus.QUEUED.name(), ImportJobStatus.RUNNING.name());

    private final JdbcClient jdbc;

    ImportJobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(String fileName, String divisionCode, String by, Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO elder_import_job (file_name, status, processed_rows, imported_rows, skipped_rows,
                    failed_rows, division_code, created_by, created_at, heartbeat_at)
                VALUES (:file, 'QUEUED', 0, 0, 0, 0, :division, :by, :now, :now)""")
                .param("file", fileName).param("division", divisionCode).param("by", by).param("now", utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void started(long id, int total, Instant now) {
        jdbc.sql("UPDATE elder_import_job SET status = 'RUNNING', total_rows = :total, started_at = :now, "
                        + "heartbeat_at = :now WHERE id = :id")
                .param("total", total).param("now", utc(now)).param("id", id).update();
    }

    void progress(long id, ImportCounts c, Instant now) {
        jdbc.sql("UPDATE elder_import_job SET processed_rows = :processed, imported_rows = :imported, "
                        + "skipped_rows = :skipped, failed_rows = :failed, heartbeat_at = :now WHERE id = :id")
                .param("processed", c.processed()).param("imported", c.imported()).param("skipped", c.skipped())
                .param("failed", c.failed()).param("now", utc(now)).param("id", id).update();
    }

    void finished(long id, ImportJobStatus status, ImportCounts c, String report, Instant now) {
        progress(id, c, now);
        jdbc.sql("UPDATE elder_import_job SET status = :status, error_report = :report, finished_at = :now "
                        + "WHERE id = :id")
                .param("status", status.name()).param("report", report).param("now", utc(now)).param("id", id)
                .update();
    }

    Optional<ImportJob> find(DivisionScope scope, long id) {
        return scope.bind(jdbc.sql("SELECT " + COLUMNS + " FROM elder_import_job WHERE id = :id AND "
                        + scope.where("division_code")))
                .param("id", id).query(ImportJobStore::job).optional();
    }

    List<ImportJob> recent(DivisionScope scope, int limit) {
        return scope.bind(jdbc.sql("SELECT " + COLUMNS + " FROM elder_import_job WHERE " + scope.where("division_code")
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit"))
                .param("limit", limit).query(ImportJobStore::job).list();
    }

    Optional<String> report(DivisionScope scope, long id) {
        return scope.bind(jdbc.sql("SELECT error_report FROM elder_import_job WHERE id = :id AND "
                        + scope.where("division_code")))
                .param("id", id).query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional()
                .flatMap(report -> report);
    }

    /** This node is still working on these jobs. */
    void heartbeat(Collection<Long> ids, Instant now) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE elder_import_job SET heartbeat_at = :now WHERE id IN (:ids)")
                    .param("now", utc(now)).param("ids", ids).update();
        }
    }

    /** Marks unfinished jobs whose heartbeat stopped before {@code before} as interrupted; answers how many. */
    int interruptSilentSince(Instant before, Instant now) {
        return jdbc.sql("UPDATE elder_import_job SET status = 'INTERRUPTED', finished_at = :now "
                        + "WHERE status IN (:unfinished) AND heartbeat_at < :before")
                .param("now", utc(now)).param("unfinished", UNFINISHED).param("before", utc(before)).update();
    }

    void interrupt(Collection<Long> ids, Instant now) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE elder_import_job SET status = 'INTERRUPTED', finished_at = :now "
                            + "WHERE status IN (:unfinished) AND id IN (:ids)")
                    .param("now", utc(now)).param("unfinished", UNFINISHED).param("ids", ids).update();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static ImportJob job(ResultSet rs, int n) throws SQLException {
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new ImportJob(rs.getLong("id"), rs.getString("file_name"),
                ImportJobStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("total_rows", Integer.class),
                rs.getInt("processed_rows"), rs.getInt("imported_rows"), rs.getInt("skipped_rows"),
                rs.getInt("failed_rows"), rs.getString("division_code"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
