package org.yiyang.benefit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiyang.IntegrationTest;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.RuleAmounts;
import org.yiyang.shared.Money;

@IntegrationTest
class LedgerTests {

    @Autowired BenefitFixtures fixtures;
    @Autowired Ledger ledger;
    @Autowired Accounts accounts;
    @Autowired Budgets budgets;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;

    @Test
    void aProgrammesBudgetIsAllocatedFromItsFundingSourceToItsFund() {
        Programme p = programme();

        assertThat(ledger.balance(accounts.fund(p))).isEqualTo(BenefitFixtures.BUDGET.fen());
        assertThat(ledger.balance(accounts.fundingSource(p))).isEqualTo(-BenefitFixtures.BUDGET.fen());
        assertThat(budgets.committed(p)).isEqualTo(Money.ZERO);
    }

    @Test
    void anUnbalancedTransactionIsNeverWritten() {
        Programme p = programme();
        long fund = accounts.fund(p);
        long wallet = accounts.wallet(p, 1, p.division());

        assertThatThrownBy(() -> tx.executeWithoutResult(s -> ledger.post(new Posting(TransactionKind.ENTITLEMENT,
                "unbalanced:" + p.id(), p.id(), 1L, null, null, "test", List.of(new Leg(fund, -100), new Leg(wallet, 99))))))
                .isInstanceOf(UnbalancedPosting.class);
        assertThat(ledger.transactionByKey("unbalanced:" + p.id())).isEmpty();
        assertThat(ledger.balance(wallet)).isZero();
    }

    @Test
    void postingTheSameKeyTwiceChangesNothingTheSecondTime() {
        Programme p = programme();
        long fund = accounts.fund(p);
        long wallet = accounts.wallet(p, 1, p.division());
        Posting posting = new Posting(TransactionKind.ENTITLEMENT, "twice:" + p.id(), p.id(), 1L, null, null, "test",
                List.of(new Leg(fund, -500), new Leg(wallet, 500)));

        long first = tx.execute(s -> ledger.post(posting));
        long second = tx.execute(s -> ledger.post(posting));

        assertThat(second).isEqualTo(first);
        assertThat(ledger.balance(wallet)).isEqualTo(500);
        assertThat(entrySum(wallet)).isEqualTo(500);
    }

    @Test
    void aReversalRestoresEveryBalanceAndKeepsBothTransactions() {
        Programme p = programme();
        long fund = accounts.fund(p);
        long wallet = accounts.wallet(p, 2, p.division());
        long original = tx.execute(s -> ledger.post(new Posting(TransactionKind.ENTITLEMENT, "rev:" + p.id(), p.id(), 2L,
                null, null, "test", List.of(new Leg(fund, -700), new Leg(wallet, 700)))));

        long reversal = tx.execute(s -> ledger.reverse(original, "wrong amount", "test"));
        long again = tx.execute(s -> ledger.reverse(original, "wrong amount", "test"));

        assertThat(again).isEqualTo(reversal);
        assertThat(ledger.balance(wallet)).isZero();
        assertThat(ledger.balance(fund)).isEqualTo(BenefitFixtures.BUDGET.fen());
        assertThat(entrySum(wallet)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM benefit_entry WHERE account_id = :a").param("a", wallet)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aBudgetBelowWhatIsCommittedIsRefused() {
        Programme p = programme();
        tx.executeWithoutResult(s -> ledger.post(new Posting(TransactionKind.ENTITLEMENT, "commit:" + p.id(), p.id(), 3L,
                null, null, "test", List.of(new Leg(accounts.fund(p), -80_000), new Leg(accounts.wallet(p, 3, p.division()), 80_000)))));

        assertThatThrownBy(() -> tx.executeWithoutResult(s -> budgets.allocate(p, Money.ofFen(79_999), "test")))
                .isInstanceOfSatisfying(BenefitProblem.class, e -> assertThat(e.messageKey()).isEqualTo("benefit.error.budgetBelowCommitted"));
        assertThat(budgets.allocated(p)).isEqualTo(BenefitFixtures.BUDGET);

        tx.executeWithoutResult(s -> budgets.allocate(p, Money.ofFen(80_000), "test"));
        assertThat(budgets.allocated(p)).isEqualTo(Money.ofFen(80_000));
        assertThat(ledger.balance(accounts.fund(p))).isZero();
    }

    private Programme programme() {
        return fixtures.programme(ProgrammeKind.SERVICE_SUBSIDY, "152221000000", List.of(), RuleAmounts.monthly(Money.ofFen(10_000)));
    }

    private long entrySum(long account) {
        return jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM benefit_entry WHERE account_id = :a").param("a", account)
                .query(Long.class).single();
    }
}
