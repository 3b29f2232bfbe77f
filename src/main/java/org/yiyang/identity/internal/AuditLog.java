package org.yiyang.identity.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.DivisionCode;

/** Searching and verifying the audit trail. */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    private static final int VERIFY_BATCH = 1000;

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Filter(String actor, String action, String outcome, Instant from, Instant to) {
    }

    public record Verification(boolean intact, long checked, Long brokenAt, String problem) {
    }

    /** Newest first, within the viewer's division; a region-level viewer also sees events without a division. */
    public List<AuditRecord> search(Viewer viewer, Filter f, int page, int size) {
        return query(viewer, f, "SELECT * FROM identity_audit_event WHERE ", " ORDER BY seq DESC LIMIT :limit OFFSET :offset")
                .param("limit", size).param("offset", (long) page * size)
                .query(MAPPER).list();
    }

    public long count(Viewer viewer, Filter f) {
        return query(viewer, f, "SELECT COUNT(*) FROM identity_audit_event WHERE ", "").query(Long.class).single();
    }

    /** Recomputes every hash in order: a changed, inserted or deleted record breaks the chain. */
    public Verification verify() {
        String previous = AuditHash.GENESIS;
        long expected = 1;
        while (true) {
            List<AuditRecord> batch = jdbc.sql("SELECT * FROM identity_audit_event WHERE seq >= :from ORDER BY seq LIMIT :n")
                    .param("from", expected).param("n", VERIFY_BATCH).query(MAPPER).list();
            for (AuditRecord r : batch) {
                if (r.seq() != expected) {
                    return new Verification(false, expected - 1, expected, "missing");
                }
                if (!r.prevHash().equals(previous)) {
                    return new Verification(false, expected - 1, r.seq(), "chain");
                }
                if (!AuditHash.of(r).equals(r.hash())) {
                    return new Verification(false, expected - 1, r.seq(), "content");
                }
                previous = r.hash();
                expected++;
            }
            if (batch.size() < VERIFY_BATCH) {
                break;
            }
        }
        var head = jdbc.sql("SELECT last_seq, last_hash FROM identity_audit_head WHERE id = 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        if ((Long) head[0] != expected - 1 || !head[1].equals(previous)) {
            return new Verification(false, expected - 1, expected, "truncated");
        }
        return new Verification(true, expected - 1, null, null);
    }

    private JdbcClient.StatementSpec query(Viewer viewer, Filter f, String select, String tail) {
        String scope = viewer.scope().where("division_code");
        if (viewer.division().equals(DivisionCode.INNER_MONGOLIA)) {
            scope = "(" + scope + " OR division_code IS NULL)";
        }
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(scope);
        condition(where, params, "actor", "actor = :actor", blankToNull(f.actor()));
        condition(where, params, "action", "action = :action", blankToNull(f.action()));
        condition(where, params, "outcome", "outcome = :outcome", blankToNull(f.outcome()));
        condition(where, params, "fromTime", "occurred_at >= :fromTime",
                f.from() == null ? null : f.from().atOffset(ZoneOffset.UTC));
        condition(where, params, "toTime", "occurred_at < :toTime",
                f.to() == null ? null : f.to().atOffset(ZoneOffset.UTC));
        return viewer.scope().bind(jdbc.sql(select + where + tail)).params(params);
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String name, String sql, Object value) {
        if (value != null) {
            where.append(" AND ").append(sql);
            params.put(name, value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static final RowMapper<AuditRecord> MAPPER = (rs, n) -> new AuditRecord(
            rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
            rs.getString("actor"), rs.getString("action"), rs.getString("outcome"), rs.getString("target"),
            rs.getString("division_code"), rs.getString("client_ip"), rs.getString("detail"),
            rs.getString("prev_hash"), rs.getString("hash"));
}
