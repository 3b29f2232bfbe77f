package org.yiyang.benefit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.yiyang.benefit.PaymentFile;
import org.yiyang.benefit.PaymentFileQuery;
import org.yiyang.benefit.PaymentFileStatus;
import org.yiyang.benefit.Programme;
import org.yiyang.region.DivisionScope;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;

/**
 * benefit_payment_file and its lines (benefit_payment_line): each line is what the bank was asked to pay for one
 * allowance, to the account on file when the file was made, so the file reads the same on every download.
 */
@Repository
class PaymentFileStore {

    private static final String COLUMNS = """
            f.id, f.programme_id, p.code AS programme_code, p.name AS programme_name, f.pay_month, f.division_code,
            f.row_count, f.total_fen, f.status, f.created_at, f.created_by, f.settled_at,
            (SELECT COUNT(*) FROM benefit_payment_line l WHERE l.file_id = f.id AND l.status = 'PAID') AS paid_count,
            (SELECT COALESCE(SUM(l.amount_fen), 0) FROM benefit_payment_line l WHERE l.file_id = f.id AND l.status = 'PAID') AS paid_fen,
            (SELECT COUNT(*) FROM benefit_payment_line l WHERE l.file_id = f.id AND l.status = 'FAILED') AS failed_count
            FROM benefit_payment_file f JOIN benefit_programme p ON p.id = f.programme_id""";

    private final JdbcClient jdbc;

    PaymentFileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The file within {@code scope}; {@code lock} holds its row until the end of the transaction. */
    Optional<PaymentFile> find(DivisionScope scope, long id, boolean lock) {
        if (lock) {
            boolean present = scope.bind(jdbc.sql("SELECT id FROM benefit_payment_file f WHERE f.id = :id AND "
                    + scope.where("f.division_code") + " FOR UPDATE")).param("id", id).query(Long.class).optional().isPresent();
            if (!present) {
                return Optional.empty();
            }
        }
        return scope.bind(jdbc.sql("SELECT " + COLUMNS + " WHERE f.id = :id AND " + scope.where("f.division_code")))
                .param("id", id).query(PaymentFileStore::file).optional();
    }

    /** Cash (bank payout) programmes, not drafts, of the scope's divisions or of the divisions above it. */
    List<Programme> cashProgrammes(DivisionScope scope, List<String> ancestorCodes) {
        return scope.bind(jdbc.sql("SELECT " + ProgrammeStore.PROGRAMME_COLUMNS + " FROM benefit_programme p"
                        + " WHERE p.payout = 'BANK' AND p.status <> 'DRAFT' AND (" + scope.where("p.division_code")
                        + " OR p.division_code IN (:ancestors)) ORDER BY p.code FETCH FIRST 200 ROWS ONLY"))
                .param("ancestors", ancestorCodes)
                .query(ProgrammeStore::programme).list();
    }

    /** Holds the programme row until the end of the transaction: generations of one programme queue up. */
    void lockProgramme(long programmeId) {
        jdbc.sql("SELECT id FROM benefit_programme WHERE id = :id FOR UPDATE").param("id", programmeId)
                .query(Long.class).optional();
    }

    /** The file of this programme, month and division, if one was made. */
    Optional<Long> fileFor(long programmeId, LocalDate month, DivisionCode division) {
        return jdbc.sql("""
                        SELECT id FROM benefit_payment_file
                        WHERE programme_id = :programme AND pay_month = :month AND division_code = :division""")
                .param("programme", programmeId).param("month", month).param("division", division.value())
                .query(Long.class).list().stream().findFirst();
    }

    List<PaymentFile> list(DivisionScope scope, PaymentFileQuery query, int offset, int limit) {
        return scope.bind(jdbc.sql("SELECT " + COLUMNS + " WHERE " + where(scope, query)
                        + " ORDER BY f.id DESC OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY"))
                .params(filters(query)).param("offset", offset).param("limit", limit)
                .query(PaymentFileStore::file).list();
    }

    long count(DivisionScope scope, PaymentFileQuery query) {
        return scope.bind(jdbc.sql("SELECT COUNT(*) FROM benefit_payment_file f WHERE " + where(scope, query)))
                .params(filters(query)).query(Long.class).single();
    }

    long insert(long programmeId, LocalDate month, DivisionCode division, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO benefit_payment_file (programme_id, pay_month, division_code, row_count, total_fen, status,
                            created_at, created_by)
                        VALUES (:programme, :month, :division, 0, 0, 'OPEN', :at, :by)""")
                .param("programme", programmeId).param("month", month).param("division", division.value())
                .param("at", Timestamp.from(at)).param("by", by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Takes the file's count and total from its lines. */
    void totalUp(long fileId) {
        jdbc.sql("""
                        UPDATE benefit_payment_file SET
                            row_count = (SELECT COUNT(*) FROM benefit_payment_line l WHERE l.file_id = :file),
                            total_fen = (SELECT COALESCE(SUM(l.amount_fen), 0) FROM benefit_payment_line l WHERE l.file_id = :file)
                        WHERE id = :file""")
                .param("file", fileId).update();
    }

    boolean markSettled(long fileId, Instant at) {
        return jdbc.sql("UPDATE benefit_payment_file SET status = 'SETTLED', settled_at = :at WHERE id = :file AND status = 'OPEN'")
                .param("at", Timestamp.from(at)).param("file", fileId).update() == 1;
    }

    private static String where(DivisionScope scope, PaymentFileQuery query) {
        return scope.where("f.division_code")
                + (query.programmeId() == null ? "" : " AND f.programme_id = :programmeFilter")
                + (query.status() == null ? "" : " AND f.status = :statusFilter");
    }

    private static Map<String, Object> filters(PaymentFileQuery query) {
        Map<String, Object> params = new HashMap<>();
        if (query.programmeId() != null) {
            params.put("programmeFilter", query.programmeId());
        }
        if (query.status() != null) {
            params.put("statusFilter", query.status().name());
        }
        return params;
    }

    static PaymentFile file(ResultSet rs, int row) throws SQLException {
        Timestamp settled = rs.getTimestamp("settled_at");
        return new PaymentFile(rs.getLong("id"), rs.getLong("programme_id"), rs.getString("programme_code"),
                rs.getString("programme_name"), YearMonth.from(rs.getObject("pay_month", LocalDate.class)),
                DivisionCode.of(rs.getString("division_code")), null, rs.getInt("row_count"),
                Money.ofFen(rs.getLong("total_fen")), PaymentFileStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                settled == null ? null : settled.toInstant(), rs.getLong("paid_count"), Money.ofFen(rs.getLong("paid_fen")),
                rs.getLong("failed_count"));
    }
}
