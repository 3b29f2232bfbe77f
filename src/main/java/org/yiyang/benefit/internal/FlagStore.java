package org.yiyang.benefit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yiyang.benefit.Flag;
import org.yiyang.benefit.FlagKind;
import org.yiyang.benefit.FlagQuery;
import org.yiyang.benefit.FlagStatus;
import org.yiyang.region.DivisionScope;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;

/** benefit_flag: the checks' findings, listed within a division and reviewed once. */
@Repository
class FlagStore {

    private static final String COLUMNS = """
            fl.id, fl.flag_key, fl.kind, fl.status, fl.programme_id, p.name AS programme_name, fl.elder_id,
            e.name AS elder_name, fl.division_code, fl.detail, fl.found_at, fl.reviewed_at, fl.reviewed_by, fl.review_note
            FROM benefit_flag fl LEFT JOIN benefit_programme p ON p.id = fl.programme_id
            LEFT JOIN elder_benefit_fact e ON e.elder_id = fl.elder_id""";

    private final JdbcClient jdbc;

    FlagStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Flag> list(DivisionScope scope, FlagQuery query, int offset, int limit) {
        return scope.bind(jdbc.sql("SELECT " + COLUMNS + " WHERE " + where(scope, query)
                        + " ORDER BY fl.id DESC OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY"))
                .params(filters(query)).param("offset", offset).param("limit", limit)
                .query(FlagStore::flag).list();
    }

    long count(DivisionScope scope, FlagQuery query) {
        return scope.bind(jdbc.sql("SELECT COUNT(*) FROM benefit_flag fl WHERE " + where(scope, query)))
                .params(filters(query)).query(Long.class).single();
    }

    /** The finding and its key, locked until the end of the transaction, if it lies within {@code scope}. */
    Optional<Keyed> lock(DivisionScope scope, long id) {
        return scope.bind(jdbc.sql("SELECT id, flag_key FROM benefit_flag fl WHERE fl.id = :id AND "
                        + scope.where("fl.division_code") + " FOR UPDATE"))
                .param("id", id).query((rs, n) -> rs.getString("flag_key")).optional()
                .map(key -> new Keyed(key, find(id).orElseThrow()));
    }

    Optional<Flag> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE fl.id = :id").param("id", id).query(FlagStore::flag).optional();
    }

    /** False when it was reviewed in the meantime. */
    boolean review(long id, FlagStatus status, String by, Instant at, String note) {
        return jdbc.sql("""
                        UPDATE benefit_flag SET status = :status, reviewed_by = :by, reviewed_at = :at, review_note = :note
                        WHERE id = :id AND status = 'OPEN'""")
                .param("status", status.name()).param("by", by).param("at", Timestamp.from(at)).param("note", note)
                .param("id", id).update() == 1;
    }

    /** A finding with its key, which names what it is about (the allowance of a DECEASED_PAID finding). */
    record Keyed(String key, Flag flag) {
    }

    private static String where(DivisionScope scope, FlagQuery query) {
        return scope.where("fl.division_code")
                + (query.kind() == null ? "" : " AND fl.kind = :kindFilter")
                + (query.status() == null ? "" : " AND fl.status = :statusFilter");
    }

    private static Map<String, Object> filters(FlagQuery query) {
        Map<String, Object> params = new HashMap<>();
        if (query.kind() != null) {
            params.put("kindFilter", query.kind().name());
        }
        if (query.status() != null) {
            params.put("statusFilter", query.status().name());
        }
        return params;
    }

    private static Flag flag(ResultSet rs, int row) throws SQLException {
        FlagKind kind = FlagKind.valueOf(rs.getString("kind"));
        Timestamp reviewed = rs.getTimestamp("reviewed_at");
        return new Flag(rs.getLong("id"), kind, FlagStatus.valueOf(rs.getString("status")),
                rs.getObject("programme_id", Long.class), rs.getString("programme_name"),
                rs.getObject("elder_id", Long.class), rs.getString("elder_name"),
                DivisionCode.of(rs.getString("division_code")), details(kind, rs.getString("detail")),
                rs.getTimestamp("found_at").toInstant(), reviewed == null ? null : reviewed.toInstant(),
                rs.getString("reviewed_by"), rs.getString("review_note"));
    }

    /** The values the kind's message names, from what the check stored (dates, fen, a programme, a masked account). */
    static List<String> details(FlagKind kind, String detail) {
        if (detail == null) {
            return List.of();
        }
        String[] raw = detail.split("\\|", kind == FlagKind.EXCLUSIVE_PROGRAMMES ? 2 : -1);
        return switch (kind) {
            case DECEASED_PAID -> raw.length < 3 ? List.of(detail)
                    : List.of(raw[0].substring(0, Math.min(7, raw[0].length())), yuan(raw[1]), raw[2]);
            case BUDGET_OVERRUN -> List.of(yuan(raw[0]));
            default -> Arrays.asList(raw);
        };
    }

    private static String yuan(String fen) {
        return fen.matches("-?[0-9]+") ? Money.ofFen(Long.parseLong(fen)).toYuan() : fen;
    }
}
