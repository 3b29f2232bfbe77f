package org.yiyang.benefit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.benefit.Condition;
import org.yiyang.benefit.ConditionField;
import org.yiyang.benefit.Programme;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.TestElders;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.IdNumber;

/**
 * What allowance tests stand on: elders with a chosen birth date registered in villages of 兴安盟, enrolments written
 * as an eligibility run would write them, and the ledger invariants. Programmes get a rule nobody matches, so that
 * no eligibility run enrols anyone into them behind a test's back: only the test's own enrolments count.
 */
public final class AllowanceScenario {

    public static final String LEAGUE = "152200000000";           // 兴安盟
    public static final String BANNER = "152221000000";           // 科尔沁右翼前旗, the demo banner
    public static final String BANNER_VILLAGE = TestElders.HINGGAN_VILLAGE;
    public static final String ULANHOT_VILLAGE = "152201001001";  // 乌兰浩特市, another banner of the league
    public static final List<Condition> NOBODY_MATCHES =
            List.of(Condition.of(ConditionField.AGE, ConditionField.Operator.AT_LEAST, "120"));
    static final Viewer LEAGUE_OPERATOR = new Viewer(3, "banner-operator", "测试话务员", Role.OPERATOR,
            DivisionCode.of(LEAGUE));
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 500));

    private final ElderRegistry registry;
    private final JdbcClient jdbc;
    private final Clock clock;

    public AllowanceScenario(ElderRegistry registry, JdbcClient jdbc, Clock clock) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public YearMonth currentMonth() {
        return YearMonth.from(ChinaTime.today(clock));
    }

    public long elder(String village, LocalDate birthDate) {
        String first17 = village.substring(0, 6) + birthDate.toString().replace("-", "")
                + String.format("%03d", SEQUENCE.incrementAndGet() % 1000);
        return registry.register(LEAGUE_OPERATOR, TestElders.draft("津贴" + UUID.randomUUID().toString().substring(0, 6),
                first17 + IdNumber.checkCharacter(first17), village));
    }

    public long elder(String village) {
        return elder(village, LocalDate.of(1941, 1 + SEQUENCE.get() % 12, 1 + SEQUENCE.get() % 28));
    }

    public String name(long elderId) {
        return jdbc.sql("SELECT name FROM elder_benefit_fact WHERE elder_id = :id").param("id", elderId)
                .query(String.class).single();
    }

    /** An ACTIVE enrolment from {@code start}, under the programme's latest published rule. */
    public void enrol(Programme p, long elderId, LocalDate start) {
        insertEnrolment(p, elderId, "ACTIVE", elderId, start, null);
    }

    /** An enrolment that ended on {@code end} (a death or move-out). */
    public void enrolEnded(Programme p, long elderId, LocalDate start, LocalDate end) {
        insertEnrolment(p, elderId, "ENDED", null, start, end);
    }

    private void insertEnrolment(Programme p, long elderId, String status, Long openElderId, LocalDate start, LocalDate end) {
        long rule = jdbc.sql("""
                        SELECT id FROM benefit_rule WHERE programme_id = :p AND status = 'PUBLISHED'
                        ORDER BY version DESC FETCH FIRST 1 ROWS ONLY""").param("p", p.id()).query(Long.class).single();
        String division = jdbc.sql("SELECT division_code FROM elder_benefit_fact WHERE elder_id = :e").param("e", elderId)
                .query(String.class).single();
        jdbc.sql("""
                        INSERT INTO benefit_enrolment (programme_id, elder_id, division_code, status, open_elder_id, start_date,
                            end_date, end_reason, rule_id, created_at)
                        VALUES (:p, :e, :division, :status, :open, :start, :end, :reason, :rule, :at)""")
                .param("p", p.id()).param("e", elderId).param("division", division).param("status", status)
                .param("open", openElderId).param("start", start).param("end", end)
                .param("reason", end == null ? null : "DECEASED").param("rule", rule)
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    /** The allowance's amount in fen, if the elder has one for the month. */
    public Optional<Long> amount(Programme p, long elderId, YearMonth month) {
        return jdbc.sql("SELECT amount_fen FROM benefit_allowance WHERE programme_id = :p AND elder_id = :e AND pay_month = :m")
                .param("p", p.id()).param("e", elderId).param("m", month.atDay(1)).query(Long.class).optional();
    }

    public Map<String, Object> allowance(Programme p, long elderId, YearMonth month) {
        return jdbc.sql("SELECT * FROM benefit_allowance WHERE programme_id = :p AND elder_id = :e AND pay_month = :m")
                .param("p", p.id()).param("e", elderId).param("m", month.atDay(1)).query().singleRow();
    }

    public void setStatus(Programme p, long elderId, YearMonth month, String status) {
        jdbc.sql("UPDATE benefit_allowance SET status = :s WHERE programme_id = :p AND elder_id = :e AND pay_month = :m")
                .param("s", status).param("p", p.id()).param("e", elderId).param("m", month.atDay(1)).update();
    }

    public String status(Programme p, long elderId, YearMonth month) {
        return (String) allowance(p, elderId, month).get("status");
    }

    public long rows(Programme p) {
        return jdbc.sql("SELECT COUNT(*) FROM benefit_allowance WHERE programme_id = :p").param("p", p.id())
                .query(Long.class).single();
    }

    public long transactions(Programme p) {
        return jdbc.sql("SELECT COUNT(*) FROM benefit_transaction WHERE programme_id = :p").param("p", p.id())
                .query(Long.class).single();
    }

    public long walletBalance(Programme p, long elderId) {
        return jdbc.sql("SELECT balance FROM benefit_account WHERE account_key = :k")
                .param("k", "WALLET:" + p.id() + ":" + elderId).query(Long.class).single();
    }

    public long balance(String accountKey) {
        return jdbc.sql("SELECT balance FROM benefit_account WHERE account_key = :k").param("k", accountKey)
                .query(Long.class).single();
    }

    /**
     * The ledger invariants for everything the programme posted: every transaction sums to zero, and every account
     * of the programme holds exactly the sum of its entries.
     */
    public void assertLedgerBalances(Programme p) {
        List<Long> unbalanced = jdbc.sql("""
                        SELECT t.id FROM benefit_transaction t JOIN benefit_entry e ON e.transaction_id = t.id
                        WHERE t.programme_id = :p GROUP BY t.id HAVING SUM(e.amount) <> 0""")
                .param("p", p.id()).query(Long.class).list();
        assertThat(unbalanced).as("transactions that do not sum to zero").isEmpty();
        List<String> drifted = jdbc.sql("""
                        SELECT a.account_key FROM benefit_account a WHERE a.programme_id = :p
                        AND a.balance <> (SELECT COALESCE(SUM(e.amount), 0) FROM benefit_entry e WHERE e.account_id = a.id)""")
                .param("p", p.id()).query(String.class).list();
        assertThat(drifted).as("accounts whose balance is not the sum of their entries").isEmpty();
    }
}
