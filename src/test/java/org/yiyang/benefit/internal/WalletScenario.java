package org.yiyang.benefit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiyang.benefit.Condition;
import org.yiyang.benefit.ConditionField;
import org.yiyang.benefit.ConditionField.Operator;
import org.yiyang.benefit.EnrolmentMode;
import org.yiyang.benefit.Payout;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.RuleAmounts;
import org.yiyang.shared.ChinaTime;
import org.yiyang.service.ServiceFixtures;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.ServiceItem;

/**
 * What wallet tests stand on: programmes of the demo banner with a published rule and budget, ACTIVE enrolments
 * written as an eligibility run would, wallet credits posted as the monthly generation or a points award would,
 * and the ledger invariants as queries. Built from the shared test context, so web tests outside this package
 * can use it too.
 */
public final class WalletScenario {

    public static final String BANNER = "152221000000";

    private final BenefitFixtures fixtures;
    private final Ledger ledger;
    private final Accounts accounts;
    private final TransactionTemplate tx;
    private final JdbcClient jdbc;
    private final Clock clock;

    private WalletScenario(ApplicationContext context) {
        this.fixtures = context.getBean(BenefitFixtures.class);
        this.ledger = context.getBean(Ledger.class);
        this.accounts = context.getBean(Accounts.class);
        this.tx = context.getBean(TransactionTemplate.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.clock = context.getBean(Clock.class);
    }

    public static WalletScenario of(ApplicationContext context) {
        return new WalletScenario(context);
    }

    public Programme programme(ProgrammeKind kind, Payout payout, RuleAmounts amounts) {
        return fixtures.programme(kind, payout, EnrolmentMode.AUTOMATIC, BANNER, List.of(), amounts);
    }

    /**
     * A points programme of the banner whose rule leaves out one community ({@link ServiceFixtures#NEIGHBOUR_VILLAGE}):
     * an elder living there is never enrolled, whenever the eligibility listeners run for them.
     */
    public Programme pointsProgrammeLeavingOutTheNeighbours(int pointsPerOrder) {
        return fixtures.programme(ProgrammeKind.HAPPINESS_POINTS, Payout.POINTS, EnrolmentMode.AUTOMATIC, BANNER,
                List.of(Condition.of(ConditionField.RESIDENCE_DIVISION, Operator.NOT_WITHIN, ServiceFixtures.NEIGHBOUR_VILLAGE)),
                new RuleAmounts(null, null, null, null, null, Set.of(ServiceItem.MEAL), pointsPerOrder));
    }

    /**
     * An ACTIVE enrolment since a month ago under the programme's published rule, and no other: the elder's
     * registration is re-evaluated by the eligibility listeners against every active programme of the shared test
     * database (demo programmes, other tests' programmes), so once that has happened the others are ended here and
     * the split a test sees comes from its own programmes only.
     */
    public void enrol(Programme p, long elderId) {
        EligibilityListeners.settled(jdbc, elderId);
        jdbc.sql("""
                        UPDATE benefit_enrolment SET status = 'ENDED', open_elder_id = NULL, end_reason = 'TEST_ISOLATION'
                        WHERE elder_id = :e AND status IN ('ACTIVE', 'PROPOSED') AND programme_id NOT IN (
                            SELECT programme_id FROM benefit_enrolment WHERE elder_id = :e AND end_reason = 'TEST_OWN')""")
                .param("e", elderId).update();
        LocalDate today = ChinaTime.today(clock);
        jdbc.sql("""
                        INSERT INTO benefit_enrolment (programme_id, elder_id, division_code, status, open_elder_id, start_date,
                            rule_id, created_at, end_reason)
                        VALUES (:p, :e, :division, 'ACTIVE', :open, :start, :rule, :at, 'TEST_OWN')""")
                .param("p", p.id()).param("e", elderId).param("division", division(elderId))
                .param("open", elderId).param("start", today.minusMonths(1))
                .param("rule", fixtures.ruleInEffect(p, today).id()).param("at", Timestamp.from(clock.instant()))
                .update();
    }

    /** Credits the elder's wallet in the programme: fen from the fund, or points from the points issued. */
    public void credit(Programme p, long elderId, long amount) {
        tx.executeWithoutResult(s -> {
            long wallet = accounts.wallet(p, elderId, DivisionCode.of(division(elderId)));
            boolean points = p.payout() == Payout.POINTS;
            long from = points ? accounts.pointsIssued(p) : accounts.fund(p);
            ledger.post(new Posting(points ? TransactionKind.POINTS_AWARD : TransactionKind.ENTITLEMENT,
                    "TEST-CREDIT:" + UUID.randomUUID(), p.id(), elderId, null, points ? "ACTIVITY" : "test credit",
                    "test", List.of(new Leg(from, -amount), new Leg(wallet, amount))));
        });
    }

    public long wallet(Programme p, long elderId) {
        return accounts.find(Accounts.walletKey(p.id(), elderId)).map(ledger::balance).orElse(0L);
    }

    public long hold(Programme p) {
        return ledger.balance(accounts.orderHold(p));
    }

    public long fund(Programme p) {
        return ledger.balance(accounts.fund(p));
    }

    public long pointsIssued(Programme p) {
        return ledger.balance(accounts.pointsIssued(p));
    }

    public long provider(long providerId) {
        return accounts.find("PROVIDER:" + providerId).map(ledger::balance).orElse(0L);
    }

    public long collective(String village) {
        return accounts.find("COLLECTIVE:" + village).map(ledger::balance).orElse(0L);
    }

    public long donors(Programme p) {
        return ledger.balance(accounts.donors(p));
    }

    /** The elder's wallet entries summed, account by account: must equal the balance on the account row. */
    public long walletEntrySum(Programme p, long elderId) {
        return jdbc.sql("""
                        SELECT COALESCE(SUM(e.amount), 0) FROM benefit_entry e JOIN benefit_account a ON a.id = e.account_id
                        WHERE a.account_key = :key""")
                .param("key", Accounts.walletKey(p.id(), elderId)).query(Long.class).single();
    }

    /** Transactions of the elder that do not sum to zero in some unit; empty when the ledger is sound. */
    public List<String> unbalancedTransactionsOf(long elderId) {
        return jdbc.sql("""
                        SELECT t.idempotency_key FROM benefit_transaction t
                        JOIN benefit_entry e ON e.transaction_id = t.id JOIN benefit_account a ON a.id = e.account_id
                        WHERE t.elder_id = :elder GROUP BY t.idempotency_key, a.unit HAVING SUM(e.amount) <> 0""")
                .param("elder", elderId).query(String.class).list();
    }

    /** Accounts of the programme whose balance differs from the sum of their entries; empty when sound. */
    public List<String> accountsOffTheirEntries(Programme p) {
        return jdbc.sql("""
                        SELECT a.account_key FROM benefit_account a WHERE a.programme_id = :p
                          AND a.balance <> (SELECT COALESCE(SUM(e.amount), 0) FROM benefit_entry e WHERE e.account_id = a.id)""")
                .param("p", p.id()).query(String.class).list();
    }

    public long transactionCount() {
        return jdbc.sql("SELECT COUNT(*) FROM benefit_transaction").query(Long.class).single();
    }

    public long accountCount() {
        return jdbc.sql("SELECT COUNT(*) FROM benefit_account").query(Long.class).single();
    }

    /** The order's shares as stored: payer, fen, points, status. */
    public List<String> shares(long orderId) {
        return jdbc.sql("SELECT payer, amount_fen, points, status FROM benefit_order_share WHERE order_id = :o ORDER BY id")
                .param("o", orderId)
                .query((rs, n) -> rs.getString(1) + " " + rs.getLong(2) + " " + rs.getLong(3) + " " + rs.getString(4))
                .list();
    }

    public String division(long elderId) {
        return jdbc.sql("SELECT division_code FROM elder_benefit_fact WHERE elder_id = :id").param("id", elderId)
                .query(String.class).single();
    }

    /** Marks the order DONE as check-out would, so that the elder's side can pay it. */
    public void markDone(long orderId) {
        jdbc.sql("UPDATE service_order SET status = 'DONE' WHERE id = :id").param("id", orderId).update();
    }
}
