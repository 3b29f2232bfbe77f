package org.yiyang.benefit.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiyang.benefit.AllowanceOrigin;
import org.yiyang.benefit.AllowanceRun;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeStatus;
import org.yiyang.shared.ChinaTime;

/**
 * Generates one month of a monthly programme's allowances (按月发放) set-based: ONE INSERT … SELECT over the
 * programme's enrolments that overlap the month, joined to the elder module's view {@code elder_benefit_fact}, for
 * every elder without an allowance for that month yet, then ONE compound ledger transaction for the new rows
 * ({@link EntitlementPosting}). Running a month again finds nothing new and changes nothing; a later run that
 * finds new rows (late enrolments) posts them as a further batch of the month.
 *
 * <p>An elder is owed a month when an ACTIVE or ENDED enrolment overlaps it: from the enrolment's start (pro-rata
 * in that month) to the month of its end, paid in full. The month after a death or move-out is never paid, even
 * when the elder's enrolment has not been ended yet: the view's status date says so.
 */
@Component
class AllowanceGeneration {

    private static final String NEW_ALLOWANCES = """
            INSERT INTO benefit_allowance (programme_id, elder_id, pay_month, amount_fen, division_code, origin, status,
                transaction_id)
            SELECT CAST(:programme AS BIGINT), x.elder_id, CAST(:m_first AS DATE), x.amount_fen, x.division_code,
                CAST(:origin AS VARCHAR(10)), 'DUE', CAST(:tx AS BIGINT)
            FROM (SELECT en.elder_id, f.division_code, %s AS amount_fen
                  FROM (SELECT e.elder_id, MIN(e.start_date) AS start_date FROM benefit_enrolment e
                        WHERE e.programme_id = :programme AND e.status IN ('ACTIVE', 'ENDED')
                          AND e.start_date <= :m_last
                          AND (e.end_date >= :m_first OR (e.end_date IS NULL AND e.status = 'ACTIVE'))
                        GROUP BY e.elder_id) en
                  JOIN elder_benefit_fact f ON f.elder_id = en.elder_id
                  WHERE (f.status = 'ACTIVE' OR f.status_date IS NULL OR f.status_date >= :m_first)
                    AND NOT EXISTS (SELECT 1 FROM benefit_allowance a WHERE a.programme_id = :programme
                                    AND a.elder_id = en.elder_id AND a.pay_month = :m_first)) x
            WHERE x.amount_fen > 0
            ORDER BY x.elder_id""";

    private final JdbcClient jdbc;
    private final ProgrammeStore programmes;
    private final Accounts accounts;
    private final Ledger ledger;
    private final EntitlementPosting posting;
    private final TransactionTemplate tx;
    private final Clock clock;

    AllowanceGeneration(JdbcClient jdbc, ProgrammeStore programmes, Accounts accounts, Ledger ledger,
                        EntitlementPosting posting, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.accounts = accounts;
        this.ledger = ledger;
        this.posting = posting;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Refuses a programme that does not pay by the month or is not active. */
    static void requireMonthlyAndActive(Programme p) {
        if (!p.payout().isMonthly()) {
            throw BenefitProblem.conflict("ledger.error.allowanceNotMonthly", p.name());
        }
        if (p.status() != ProgrammeStatus.ACTIVE) {
            throw BenefitProblem.conflict("ledger.error.allowanceNotActive", p.name());
        }
    }

    /** Refuses what {@link #requireMonthlyAndActive} refuses, and a month that has not begun. */
    void requireGeneratable(Programme p, YearMonth month) {
        requireMonthlyAndActive(p);
        if (month == null) {
            throw BenefitProblem.of("month", "ledger.error.allowanceMonthInvalid");
        }
        if (month.isAfter(YearMonth.from(ChinaTime.today(clock)))) {
            throw BenefitProblem.of("month", "ledger.error.allowanceFutureMonth", month.toString());
        }
    }

    /**
     * Generates what is missing of {@code month} in one database transaction; empty (and nothing written) when
     * nobody new is owed the month.
     */
    Optional<AllowanceRun> generate(Programme p, YearMonth month, AllowanceOrigin origin, String by) {
        requireGeneratable(p, month);
        var owed = MonthlyAmountSql.owed(programmes.rules(p.id()), month);
        if (owed.isEmpty()) {
            return Optional.empty();
        }
        long fund = accounts.fund(p);
        return tx.execute(status -> {
            ledger.lockBalance(fund);
            TransactionKind kind = origin == AllowanceOrigin.REISSUE ? TransactionKind.REISSUE : TransactionKind.ENTITLEMENT;
            long transaction = posting.open(kind, p, month, memo(origin, month), by);
            long rows = owed.get().bind(jdbc.sql(NEW_ALLOWANCES.formatted(owed.get().sql())))
                    .param("programme", p.id()).param("m_last", month.atEndOfMonth()).param("origin", origin.name())
                    .param("tx", transaction)
                    .update();
            if (rows == 0) {
                status.setRollbackOnly();
                return Optional.<AllowanceRun>empty();
            }
            var total = posting.credit(transaction, p, month, rows);
            return Optional.of(new AllowanceRun(p.id(), month, origin, rows, total, transaction));
        });
    }

    private static String memo(AllowanceOrigin origin, YearMonth month) {
        return (origin == AllowanceOrigin.REISSUE ? "补发 reissue " : "按月发放 allowance ") + month;
    }
}
