package org.yiyang.benefit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yiyang.benefit.UnfiledAllowance;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;

/**
 * The allowances a payment file takes (set-based: one statement for the whole division, never a loop over elders)
 * and the file's lines: what was filed, and what the bank answered.
 */
@Repository
class PaymentLineStore {

    /**
     * Due allowances of the month or earlier and failed ones of earlier months (补发 of failed payments) of the
     * programme, in the division subtree {@code :from}–{@code :to}. Due ones of earlier months are those of an elder
     * whose bank account came late.
     */
    private static final String FILEABLE = """
            a.programme_id = :programme AND a.division_code BETWEEN :from AND :to
            AND ((a.status = 'DUE' AND a.pay_month <= :month) OR (a.status = 'FAILED' AND a.pay_month < :month))""";
    private static final String HAS_PAYEE = "EXISTS (SELECT 1 FROM benefit_payee y WHERE y.elder_id = a.elder_id)";
    private static final String WAITS_FOR_PAYEE = """
            a.programme_id = :programme AND a.division_code BETWEEN :from AND :to AND a.status = 'DUE'
            AND a.pay_month <= :month AND NOT EXISTS (SELECT 1 FROM benefit_payee y WHERE y.elder_id = a.elder_id)""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    PaymentLineStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    long countFileable(long programmeId, LocalDate month, DivisionCode division) {
        return jdbc.sql("SELECT COUNT(*) FROM benefit_allowance a WHERE " + FILEABLE + " AND " + HAS_PAYEE)
                .params(selection(programmeId, month, division)).query(Long.class).single();
    }

    long countWaitingForPayee(long programmeId, LocalDate month, DivisionCode division) {
        return jdbc.sql("SELECT COUNT(*) FROM benefit_allowance a WHERE " + WAITS_FOR_PAYEE)
                .params(selection(programmeId, month, division)).query(Long.class).single();
    }

    List<UnfiledAllowance> waitingForPayee(long programmeId, LocalDate month, DivisionCode division, int offset, int limit) {
        return jdbc.sql("""
                        SELECT a.id, a.elder_id, e.name, a.division_code, a.pay_month, a.amount_fen
                        FROM benefit_allowance a JOIN elder_benefit_fact e ON e.elder_id = a.elder_id
                        WHERE""" + " " + WAITS_FOR_PAYEE
                        + " ORDER BY a.division_code, a.elder_id, a.pay_month OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .params(selection(programmeId, month, division)).param("offset", offset).param("limit", limit)
                .query((rs, n) -> new UnfiledAllowance(rs.getLong("id"), rs.getLong("elder_id"), rs.getString("name"),
                        DivisionCode.of(rs.getString("division_code")),
                        YearMonth.from(rs.getObject("pay_month", LocalDate.class)), Money.ofFen(rs.getLong("amount_fen"))))
                .list();
    }

    /**
     * Moves every fileable allowance with a bank account into the file (one UPDATE), then writes the file's lines
     * with the account on file now (one INSERT … SELECT). Returns how many were filed.
     */
    int file(long fileId, long programmeId, LocalDate month, DivisionCode division) {
        int filed = jdbc.sql("UPDATE benefit_allowance a SET status = 'FILED', file_id = :file WHERE " + FILEABLE
                        + " AND " + HAS_PAYEE)
                .params(selection(programmeId, month, division)).param("file", fileId).update();
        jdbc.sql("""
                        INSERT INTO benefit_payment_line (file_id, allowance_id, elder_id, amount_fen, holder_name, bank_name,
                            account_enc, status)
                        SELECT :file, a.id, a.elder_id, a.amount_fen, y.holder_name, y.bank_name, y.account_enc, 'FILED'
                        FROM benefit_allowance a JOIN benefit_payee y ON y.elder_id = a.elder_id
                        WHERE a.file_id = :file AND a.status = 'FILED'""")
                .param("file", fileId).update();
        return filed;
    }

    /** The lines in the bank file's order (by allowance), the account still sealed. */
    List<SealedLine> lines(long fileId) {
        return jdbc.sql("""
                        SELECT allowance_id, holder_name, bank_name, account_enc, amount_fen
                        FROM benefit_payment_line WHERE file_id = :file ORDER BY allowance_id""")
                .param("file", fileId)
                .query((rs, n) -> new SealedLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Money.ofFen(rs.getLong(5))))
                .list();
    }

    Set<Long> references(long fileId) {
        return Set.copyOf(jdbc.sql("SELECT allowance_id FROM benefit_payment_line WHERE file_id = :file")
                .param("file", fileId).query(Long.class).list());
    }

    /** Records the bank's refusals, one batch for the whole file. */
    void markFailed(long fileId, Map<Long, String> reasons) {
        if (reasons.isEmpty()) {
            return;
        }
        MapSqlParameterSource[] rows = reasons.entrySet().stream()
                .map(r -> new MapSqlParameterSource("file", fileId).addValue("allowance", r.getKey()).addValue("reason", r.getValue()))
                .toArray(MapSqlParameterSource[]::new);
        batch.batchUpdate("""
                UPDATE benefit_payment_line SET status = 'FAILED', failure = :reason
                WHERE file_id = :file AND allowance_id = :allowance AND status = 'FILED'""", rows);
    }

    /**
     * Every line not refused is paid; the allowances follow their lines: PAID with the time, or FAILED with the
     * bank's reason (a later file takes them again).
     */
    void settle(long fileId, Instant at) {
        jdbc.sql("UPDATE benefit_payment_line SET status = 'PAID' WHERE file_id = :file AND status = 'FILED'")
                .param("file", fileId).update();
        jdbc.sql("""
                        UPDATE benefit_allowance SET status = 'PAID', paid_at = :at
                        WHERE file_id = :file AND status = 'FILED' AND id IN
                            (SELECT l.allowance_id FROM benefit_payment_line l WHERE l.file_id = :file AND l.status = 'PAID')""")
                .param("file", fileId).param("at", Timestamp.from(at)).update();
        jdbc.sql("""
                        UPDATE benefit_allowance SET status = 'FAILED', failure =
                            (SELECT l.failure FROM benefit_payment_line l WHERE l.file_id = :file AND l.allowance_id = benefit_allowance.id)
                        WHERE file_id = :file AND status = 'FILED' AND id IN
                            (SELECT l.allowance_id FROM benefit_payment_line l WHERE l.file_id = :file AND l.status = 'FAILED')""")
                .param("file", fileId).update();
    }

    private static Map<String, Object> selection(long programmeId, LocalDate month, DivisionCode division) {
        return Map.of("programme", programmeId, "month", month, "from", division.subtreeFrom(), "to", division.subtreeTo());
    }

    /** One line of a bank file with the account number still encrypted. */
    record SealedLine(long allowanceId, String holderName, String bankName, String accountEnc, Money amount) {
    }
}
