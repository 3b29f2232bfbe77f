package org.yiyang.hotline.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yiyang.region.DivisionScope;

/** The rows of {@code hotline_call} and its events. Every read for a person goes through a division scope. */
@Repository
class CallStore {

    static final String COLUMNS = "c.id, c.call_key, c.direction, c.division_code, c.caller_masked, c.called_number, "
            + "c.operator_account_id, c.operator_name, c.status, c.rang_at, c.answered_at, c.ended_at, c.elder_id, "
            + "c.elder_name, c.outcome, c.notes";

    private final JdbcClient jdbc;

    CallStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new call; the caller's number as sealed, index and masked form (all null when withheld). */
    record NewCall(long sourceAccountId, String callKey, String direction, String divisionCode, String callerSealed,
                   String callerIndex, String callerMasked, String called, Instant at) {
    }

    /** Inserts the call unless the source already reported it; answers the call's id either way. */
    long insertOrFind(NewCall call) {
        Optional<Long> existing = idOf(call.sourceAccountId(), call.callKey());
        if (existing.isPresent()) {
            return existing.get();
        }
        jdbc.sql("""
                INSERT INTO hotline_call (source_account_id, call_key, direction, division_code, caller_enc, caller_index,
                    caller_masked, called_number, status, created_at, updated_at)
                VALUES (:source, :key, :direction, :division, :enc, :idx, :masked, :called, 'RINGING', :at, :at)""")
                .param("source", call.sourceAccountId()).param("key", call.callKey())
                .param("direction", call.direction()).param("division", call.divisionCode())
                .param("enc", call.callerSealed()).param("idx", call.callerIndex()).param("masked", call.callerMasked())
                .param("called", call.called()).param("at", ts(call.at()))
                .update();
        return idOf(call.sourceAccountId(), call.callKey()).orElseThrow();
    }

    Optional<Long> idOf(long sourceAccountId, String callKey) {
        return jdbc.sql("SELECT id FROM hotline_call WHERE source_account_id = :s AND call_key = :k")
                .param("s", sourceAccountId).param("k", callKey).query(Long.class).optional();
    }

    /** Records the event once; false when the call already had an event of this kind. */
    boolean recordEvent(long callId, CallEvent.Kind kind, Instant at, Instant received) {
        int inserted = jdbc.sql("""
                INSERT INTO hotline_call_event (call_id, kind, occurred_at, received_at)
                SELECT :call, :kind, :at, :received WHERE NOT EXISTS
                    (SELECT 1 FROM hotline_call_event WHERE call_id = :call AND kind = :kind)""")
                .param("call", callId).param("kind", kind.name()).param("at", ts(at)).param("received", ts(received))
                .update();
        return inserted == 1;
    }

    JdbcClient.StatementSpec sql(String sql) {
        return jdbc.sql(sql);
    }

    Optional<CallRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM hotline_call c WHERE c.id = :id").param("id", id)
                .query(CallStore::row).optional();
    }

    Optional<CallRow> findInScope(DivisionScope scope, long id) {
        return scope.bind(jdbc.sql("SELECT " + COLUMNS + " FROM hotline_call c WHERE c.id = :id AND "
                        + scope.where("c.division_code")))
                .param("id", id).query(CallStore::row).optional();
    }

    Optional<String> sealedCaller(long id) {
        return jdbc.sql("SELECT caller_enc FROM hotline_call WHERE id = :id").param("id", id)
                .query(String.class).optional();
    }

    List<CallRow> page(DivisionScope scope, Long operatorId, int page, int size) {
        String operator = operatorId == null ? "" : " AND c.operator_account_id = :operator";
        var spec = scope.bind(jdbc.sql("SELECT " + COLUMNS + " FROM hotline_call c WHERE "
                + scope.where("c.division_code") + operator + " ORDER BY c.id DESC LIMIT :limit OFFSET :offset"));
        if (operatorId != null) {
            spec = spec.param("operator", operatorId);
        }
        return spec.param("limit", size).param("offset", (long) page * size).query(CallStore::row).list();
    }

    long count(DivisionScope scope, Long operatorId) {
        String operator = operatorId == null ? "" : " AND c.operator_account_id = :operator";
        var spec = scope.bind(jdbc.sql("SELECT COUNT(*) FROM hotline_call c WHERE " + scope.where("c.division_code")
                + operator));
        if (operatorId != null) {
            spec = spec.param("operator", operatorId);
        }
        return spec.query(Long.class).single();
    }

    /** Calls still ringing or talking in the scope, newest first (the console's current calls). */
    List<CallRow> live(DivisionScope scope, int limit) {
        return scope.bind(jdbc.sql("SELECT " + COLUMNS + " FROM hotline_call c WHERE c.status <> 'ENDED' AND "
                        + scope.where("c.division_code") + " ORDER BY c.id DESC LIMIT :limit"))
                .param("limit", limit).query(CallStore::row).list();
    }

    static CallRow row(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString("outcome");
        return new CallRow(rs.getLong("id"), rs.getString("call_key"), rs.getString("direction"),
                rs.getString("division_code"), rs.getString("caller_masked"), rs.getString("called_number"),
                (Long) rs.getObject("operator_account_id", Long.class), rs.getString("operator_name"),
                CallStatus.valueOf(rs.getString("status")), instant(rs, "rang_at"), instant(rs, "answered_at"),
                instant(rs, "ended_at"), (Long) rs.getObject("elder_id", Long.class), rs.getString("elder_name"),
                outcome == null ? null : CallOutcome.valueOf(outcome), rs.getString("notes"));
    }

    static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        java.time.OffsetDateTime t = rs.getObject(column, java.time.OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
