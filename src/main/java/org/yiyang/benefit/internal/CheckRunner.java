package org.yiyang.benefit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiyang.benefit.FlagKind;
import org.yiyang.shared.ChinaTime;

/**
 * The checks (稽核), each one INSERT … SELECT over the whole registry that records a finding only when its
 * {@code flag_key} is not on file yet — so a check run twice, or on two nodes at once, records each finding once.
 * Each check commits on its own; a check that races another node's run finds the finding there and adds nothing.
 */
@Component
class CheckRunner {

    private static final String INSERT = """
            INSERT INTO benefit_flag (flag_key, kind, programme_id, elder_id, division_code, detail, status, found_at)
            """;

    private final JdbcClient jdbc;
    private final ExclusionPairs exclusions;
    private final TransactionTemplate each;
    private final Clock clock;

    CheckRunner(JdbcClient jdbc, ExclusionPairs exclusions, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.exclusions = exclusions;
        this.each = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    Map<FlagKind, Integer> runAll() {
        Instant now = clock.instant();
        Map<FlagKind, Integer> added = new EnumMap<>(FlagKind.class);
        added.put(FlagKind.DECEASED_PAID, once(() -> deceasedPaid(now)));
        added.put(FlagKind.EXCLUSIVE_PROGRAMMES, once(() -> exclusiveProgrammes(now)));
        added.put(FlagKind.BUDGET_OVERRUN, once(() -> budgetOverrun(now)));
        added.put(FlagKind.SHARED_BANK_ACCOUNT, once(() -> sharedBankAccount(now)));
        return added;
    }

    /** An allowance PAID for a month after the month of the elder's death (pay_month is the month's first day). */
    int deceasedPaid(Instant now) {
        String key = "'DECEASED_PAID:' || CAST(a.id AS VARCHAR(20))";
        return jdbc.sql(INSERT + "SELECT " + key + """
                        , 'DECEASED_PAID', a.programme_id, a.elder_id, a.division_code,
                            CAST(a.pay_month AS VARCHAR(10)) || '|' || CAST(a.amount_fen AS VARCHAR(20)) || '|'
                            || CAST(e.status_date AS VARCHAR(10)), 'OPEN', :now
                        FROM benefit_allowance a JOIN elder_benefit_fact e ON e.elder_id = a.elder_id
                        WHERE a.status = 'PAID' AND e.status = 'DECEASED' AND e.status_date IS NOT NULL
                          AND a.pay_month > e.status_date
                          AND NOT EXISTS (SELECT 1 FROM benefit_flag f WHERE f.flag_key =""" + " " + key + ")")
                .param("now", Timestamp.from(now)).update();
    }

    /**
     * Elders ACTIVE in both programmes of a pair where one's rule in effect excludes the other (PROGRAMME NONE_OF):
     * one statement per pair. A pair that excludes both ways is one finding per elder.
     */
    int exclusiveProgrammes(Instant now) {
        int added = 0;
        for (ExclusionPairs.Pair pair : exclusions.inEffect(ChinaTime.today(clock))) {
            String key = ":prefix || CAST(a.elder_id AS VARCHAR(20))";
            added += jdbc.sql(INSERT + "SELECT " + key + """
                            , 'EXCLUSIVE_PROGRAMMES', a.programme_id, a.elder_id, a.division_code, :detail, 'OPEN', :now
                            FROM benefit_enrolment a
                            JOIN benefit_enrolment b ON b.elder_id = a.elder_id AND b.programme_id = :excluded AND b.status = 'ACTIVE'
                            WHERE a.programme_id = :excluding AND a.status = 'ACTIVE'
                              AND NOT EXISTS (SELECT 1 FROM benefit_flag f WHERE f.flag_key =""" + " " + key + ")")
                    .param("prefix", pair.keyPrefix()).param("detail", pair.detail())
                    .param("excluding", pair.excluding()).param("excluded", pair.excluded())
                    .param("now", Timestamp.from(now)).update();
        }
        return added;
    }

    /**
     * A programme whose fund is below zero: more committed than budgeted. Recorded at most once a month, and not
     * while an earlier finding about it is still open.
     */
    int budgetOverrun(Instant now) {
        String key = "'BUDGET_OVERRUN:' || CAST(p.id AS VARCHAR(20)) || :month";
        return jdbc.sql("""
                        INSERT INTO benefit_flag (flag_key, kind, programme_id, division_code, detail, status, found_at)
                        SELECT""" + " " + key + """
                        , 'BUDGET_OVERRUN', p.id, p.division_code, CAST(0 - acc.balance AS VARCHAR(20)), 'OPEN', :now
                        FROM benefit_account acc JOIN benefit_programme p ON p.id = acc.programme_id
                        WHERE acc.kind = 'FUND' AND acc.balance < 0
                          AND NOT EXISTS (SELECT 1 FROM benefit_flag f WHERE f.kind = 'BUDGET_OVERRUN'
                              AND f.programme_id = p.id AND f.status = 'OPEN')
                          AND NOT EXISTS (SELECT 1 FROM benefit_flag f WHERE f.flag_key =""" + " " + key + ")")
                .param("month", ":" + YearMonth.from(ChinaTime.today(clock))).param("now", Timestamp.from(now))
                .update();
    }

    /** Every elder whose bank account (by blind index) is also on file for another elder. */
    int sharedBankAccount(Instant now) {
        String key = "'SHARED_BANK_ACCOUNT:' || y.account_index || ':' || CAST(y.elder_id AS VARCHAR(20))";
        return jdbc.sql("""
                        INSERT INTO benefit_flag (flag_key, kind, elder_id, division_code, detail, status, found_at)
                        SELECT""" + " " + key + """
                        , 'SHARED_BANK_ACCOUNT', y.elder_id, y.division_code,
                            y.account_masked || '|' || CAST(s.elders AS VARCHAR(10)), 'OPEN', :now
                        FROM benefit_payee y
                        JOIN (SELECT account_index, COUNT(*) AS elders FROM benefit_payee GROUP BY account_index
                              HAVING COUNT(*) > 1) s ON s.account_index = y.account_index
                        WHERE NOT EXISTS (SELECT 1 FROM benefit_flag f WHERE f.flag_key =""" + " " + key + ")")
                .param("now", Timestamp.from(now)).update();
    }

    private int once(Supplier<Integer> check) {
        try {
            return each.execute(status -> check.get());
        } catch (DuplicateKeyException anotherRun) {
            return 0;
        }
    }
}
