package org.yiyang.benefit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiyang.TestAccounts;
import org.yiyang.benefit.Condition;
import org.yiyang.benefit.EnrolmentMode;
import org.yiyang.benefit.PayeeDraft;
import org.yiyang.benefit.Payees;
import org.yiyang.benefit.Payout;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.RuleAmounts;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.TestElders;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;

/**
 * What payment file and check tests stand on: cash programmes of the demo banner, elders registered in one of its
 * villages (or in Hulunbuir), their bank accounts, and allowance rows as the monthly generation leaves them — each
 * DUE row credited to the elder's allowance wallet by an ENTITLEMENT transaction.
 */
public final class PaymentScenario {

    public static final String BANNER = "152221000000";
    public static final Viewer REGISTRAR = new Viewer(0, "test-region-regulator", "Test regulator", Role.REGULATOR,
            DivisionCode.INNER_MONGOLIA);
    public static final Viewer BANNER_REGULATOR = new Viewer(0, "test-banner-regulator", "Banner regulator",
            Role.REGULATOR, DivisionCode.of(BANNER));
    public static final Viewer REGION_ADMIN = TestAccounts.REGION_ADMIN;

    private final BenefitFixtures fixtures;
    private final ElderRegistry registry;
    private final Payees payees;
    private final Ledger ledger;
    private final Accounts accounts;
    private final TransactionTemplate tx;
    private final JdbcClient jdbc;
    private final Clock clock;

    public PaymentScenario(ApplicationContext context) {
        this.fixtures = context.getBean(BenefitFixtures.class);
        this.registry = context.getBean(ElderRegistry.class);
        this.payees = context.getBean(Payees.class);
        this.ledger = context.getBean(Ledger.class);
        this.accounts = context.getBean(Accounts.class);
        this.tx = context.getBean(TransactionTemplate.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.clock = context.getBean(Clock.class);
    }

    public Programme cashProgramme() {
        return cashProgramme(BANNER, List.of());
    }

    public Programme cashProgramme(String division, List<Condition> conditions) {
        return fixtures.programme(ProgrammeKind.HIGH_AGE_ALLOWANCE, Payout.BANK, EnrolmentMode.AUTOMATIC, division,
                conditions, RuleAmounts.monthly(Money.ofFen(10_000)));
    }

    public BenefitFixtures fixtures() {
        return fixtures;
    }

    public long elder() {
        return elder(TestElders.HINGGAN_VILLAGE);
    }

    /**
     * A newly registered elder without enrolments: once the eligibility listeners have enrolled them in whatever
     * active programme of the shared test database finds them, those enrolments are ended, so that a test's
     * enrolments are the only ones.
     */
    public long elder(String village) {
        long elder = registry.register(REGISTRAR, TestElders.draft("代发" + UUID.randomUUID().toString().substring(0, 4),
                TestElders.idNumber(village.substring(0, 6), 1936), village));
        EligibilityListeners.withoutEnrolments(jdbc, elder);
        return elder;
    }

    public void died(long elderId, LocalDate on) {
        registry.recordDeath(REGISTRAR, elderId, on, "病故");
    }

    /** A fresh random account number of {@code digits} digits (a test run never meets another run's numbers). */
    public static String accountNumber(int digits) {
        StringBuilder number = new StringBuilder("6228");
        while (number.length() < digits) {
            number.append(ThreadLocalRandom.current().nextInt(10));
        }
        return number.toString();
    }

    public String payee(long elderId) {
        String number = accountNumber(19);
        payee(elderId, number);
        return number;
    }

    public void payee(long elderId, String number) {
        payees.save(REGISTRAR, elderId, new PayeeDraft("户名" + elderId, "中国农业银行科右前旗支行", number));
    }

    /** A DUE allowance of the month, credited to the elder's wallet as the monthly generation does. */
    public long due(Programme p, long elderId, YearMonth month, long fen) {
        return tx.execute(s -> {
            long id = insert(p, elderId, month, fen, "DUE", TestElders.HINGGAN_VILLAGE);
            ledger.post(new Posting(TransactionKind.ENTITLEMENT, "TEST-ENTITLEMENT:" + id, p.id(), elderId, null,
                    "test allowance", "test", List.of(new Leg(accounts.fund(p), -fen),
                    new Leg(accounts.wallet(p, elderId, DivisionCode.of(TestElders.HINGGAN_VILLAGE)), fen))));
            return id;
        });
    }

    /** An allowance row in any state, with no ledger behind it (what the checks read). */
    public long allowance(Programme p, long elderId, YearMonth month, long fen, String status, String division) {
        return tx.execute(s -> insert(p, elderId, month, fen, status, division));
    }

    public void enrol(Programme p, long elderId, String status) {
        long rule = fixtures.ruleInEffect(p, today()).id();
        jdbc.sql("""
                        INSERT INTO benefit_enrolment (programme_id, elder_id, division_code, status, open_elder_id, start_date,
                            rule_id, created_at)
                        VALUES (:programme, :elder, :division, :status, :openKey, :start, :rule, CURRENT_TIMESTAMP)""")
                .param("programme", p.id()).param("elder", elderId).param("division", TestElders.HINGGAN_VILLAGE)
                .param("status", status).param("openKey", status.equals("ACTIVE") ? elderId : null)
                .param("start", today().minusMonths(6)).param("rule", rule).update();
    }

    public long walletBalance(Programme p, long elderId) {
        return ledger.balance(accounts.wallet(p, elderId, DivisionCode.of(TestElders.HINGGAN_VILLAGE)));
    }

    public long bankClearingBalance(Programme p) {
        return ledger.balance(accounts.bankClearing(p));
    }

    public void overspend(Programme p, long elderId, long fen) {
        tx.executeWithoutResult(s -> ledger.post(new Posting(TransactionKind.ENTITLEMENT, "TEST-OVERSPEND:" + p.id(),
                p.id(), elderId, null, "overspend", "test", List.of(new Leg(accounts.fund(p), -fen),
                new Leg(accounts.wallet(p, elderId, DivisionCode.of(TestElders.HINGGAN_VILLAGE)), fen)))));
    }

    public String status(long allowanceId) {
        return jdbc.sql("SELECT status FROM benefit_allowance WHERE id = :id").param("id", allowanceId)
                .query(String.class).single();
    }

    public YearMonth thisMonth() {
        return YearMonth.from(today());
    }

    public LocalDate today() {
        return ChinaTime.today(clock);
    }

    private long insert(Programme p, long elderId, YearMonth month, long fen, String status, String division) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO benefit_allowance (programme_id, elder_id, pay_month, amount_fen, division_code, origin, status,
                            paid_at)
                        VALUES (:programme, :elder, :month, :fen, :division, 'MONTHLY', :status,
                            CASE WHEN :status = 'PAID' THEN CURRENT_TIMESTAMP ELSE NULL END)""")
                .param("programme", p.id()).param("elder", elderId).param("month", month.atDay(1)).param("fen", fen)
                .param("division", division).param("status", status)
                .update(keys, "id");
        return keys.getKey().longValue();
    }
}
