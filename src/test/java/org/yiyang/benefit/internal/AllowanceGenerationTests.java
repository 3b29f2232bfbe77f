package org.yiyang.benefit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.benefit.AgeBandAmount;
import org.yiyang.benefit.AllowanceOrigin;
import org.yiyang.benefit.AllowanceRun;
import org.yiyang.benefit.Allowances;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.RuleAmounts;
import org.yiyang.benefit.RuleStatus;
import org.yiyang.benefit.RuleVersion;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.Money;

@IntegrationTest
class AllowanceGenerationTests {

    static final Viewer ADMIN = TestAccounts.REGION_ADMIN;

    @Autowired BenefitFixtures fixtures;
    @Autowired Allowances allowances;
    @Autowired Accounts accounts;
    @Autowired ProgrammeStore programmes;
    @Autowired ElderRegistry registry;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    AllowanceScenario scenario;

    @BeforeEach
    void scenario() {
        scenario = new AllowanceScenario(registry, jdbc, clock);
    }

    @Test
    void creditsEveryEnrolledElderTheMonthlyAmountInOneBalancedTransaction() {
        Programme p = subsidy(10_000);
        YearMonth month = scenario.currentMonth().minusMonths(1);
        List<Long> elders = List.of(enrolled(p, month.minusMonths(1).atDay(1)), enrolled(p, month.minusMonths(1).atDay(1)),
                enrolled(p, month.atDay(1)));

        AllowanceRun run = allowances.generate(ADMIN, p.id(), month);

        assertThat(run.rows()).isEqualTo(3);
        assertThat(run.total()).isEqualTo(Money.ofFen(30_000));
        assertThat(run.origin()).isEqualTo(AllowanceOrigin.MONTHLY);
        for (long elder : elders) {
            assertThat(scenario.allowance(p, elder, month)).containsEntry("amount_fen", 10_000L)
                    .containsEntry("status", "DUE").containsEntry("origin", "MONTHLY")
                    .containsEntry("transaction_id", run.transactionId());
            long wallet = accounts.find(Accounts.walletKey(p.id(), elder)).orElseThrow();
            assertThat(jdbc.sql("SELECT kind, purse, unit, balance FROM benefit_account WHERE id = :id").param("id", wallet)
                    .query().singleRow()).containsEntry("kind", "WALLET").containsEntry("purse", "SUBSIDY")
                    .containsEntry("unit", "FEN").containsEntry("balance", 10_000L);
        }
        assertThat(jdbc.sql("SELECT kind, idempotency_key FROM benefit_transaction WHERE id = :id").param("id", run.transactionId())
                .query().singleRow()).containsEntry("kind", "ENTITLEMENT")
                .containsEntry("idempotency_key", "ENTITLEMENT:" + p.id() + ":" + month);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM benefit_entry WHERE transaction_id = :id").param("id", run.transactionId())
                .query(Long.class).single()).isEqualTo(4);
        assertThat(scenario.balance("FUND:" + p.id())).isEqualTo(BenefitFixtures.BUDGET.fen() - 30_000);
        scenario.assertLedgerBalances(p);
    }

    @Test
    void paysTheAgeBandReachedOnTheFirstDayOfTheMonth() {
        YearMonth month = scenario.currentMonth().minusMonths(1);
        LocalDate first = month.atDay(1);
        Programme p = fixtures.programme(ProgrammeKind.HIGH_AGE_ALLOWANCE, AllowanceScenario.BANNER,
                AllowanceScenario.NOBODY_MATCHES, new RuleAmounts(Money.ZERO, List.of(
                        new AgeBandAmount(80, Money.ofFen(5_000)), new AgeBandAmount(90, Money.ofFen(10_000)),
                        new AgeBandAmount(100, Money.ofFen(30_000))), null, null, null, null, null));
        long eightyFive = enrolledBorn(p, first.minusYears(85).minusDays(40));
        long ninetyOnTheFirst = enrolledBorn(p, first.minusYears(90));
        long ninetyDuringTheMonth = enrolledBorn(p, first.plusDays(14).minusYears(90));
        long aHundredAndOne = enrolledBorn(p, first.minusYears(101).minusDays(3));
        long belowEveryBand = enrolledBorn(p, first.minusYears(75));

        allowances.generate(ADMIN, p.id(), month);
        allowances.generate(ADMIN, p.id(), month.plusMonths(1));

        assertThat(scenario.amount(p, eightyFive, month)).contains(5_000L);
        assertThat(scenario.amount(p, ninetyOnTheFirst, month)).contains(10_000L);
        assertThat(scenario.amount(p, ninetyDuringTheMonth, month)).contains(5_000L);
        assertThat(scenario.amount(p, ninetyDuringTheMonth, month.plusMonths(1))).contains(10_000L);
        assertThat(scenario.amount(p, aHundredAndOne, month)).contains(30_000L);
        assertThat(scenario.amount(p, belowEveryBand, month)).isEmpty();
        assertThat(scenario.walletBalance(p, ninetyDuringTheMonth)).isEqualTo(15_000);
        assertThat(jdbc.sql("SELECT purse FROM benefit_account WHERE account_key = :k")
                .param("k", Accounts.walletKey(p.id(), eightyFive)).query(String.class).single()).isEqualTo("ALLOWANCE");
        scenario.assertLedgerBalances(p);
    }

    @Test
    void paysTheStartMonthProRataAndTheMonthOfDeathOrMoveOutInFullAndNothingAfter() {
        Programme p = subsidy(10_000);
        YearMonth m1 = scenario.currentMonth().minusMonths(1);
        YearMonth m2 = m1.minusMonths(1);
        YearMonth m3 = m1.minusMonths(2);
        long fromTheTenth = enrolled(p, m1.atDay(10));
        long fromTheLastDay = enrolled(p, m1.atEndOfMonth());
        long ended = scenario.elder(AllowanceScenario.BANNER_VILLAGE);
        scenario.enrolEnded(p, ended, m3.atDay(1), m2.atDay(5));
        long deceased = enrolled(p, m3.atDay(1));
        registry.recordDeath(AllowanceScenario.LEAGUE_OPERATOR, deceased, m2.atDay(20), "病故");

        for (YearMonth month : List.of(m3, m2, m1)) {
            allowances.generate(ADMIN, p.id(), month);
        }

        int days = m1.lengthOfMonth();
        assertThat(scenario.amount(p, fromTheTenth, m2)).isEmpty();
        assertThat(scenario.amount(p, fromTheTenth, m1)).contains(10_000L * (days - 10 + 1) / days);
        assertThat(scenario.amount(p, fromTheLastDay, m1)).contains(10_000L / days);
        assertThat(scenario.amount(p, ended, m3)).contains(10_000L);
        assertThat(scenario.amount(p, ended, m2)).contains(10_000L);
        assertThat(scenario.amount(p, ended, m1)).isEmpty();
        assertThat(scenario.amount(p, deceased, m2)).contains(10_000L);
        assertThat(scenario.amount(p, deceased, m1)).isEmpty();
        scenario.assertLedgerBalances(p);
    }

    @Test
    void generatingAMonthAgainPaysNothingTwiceAndALateEnrolmentComesAsAFurtherBatch() {
        Programme p = subsidy(8_000);
        YearMonth month = scenario.currentMonth().minusMonths(1);
        long first = enrolled(p, month.atDay(1));
        allowances.generate(ADMIN, p.id(), month);
        long transactions = scenario.transactions(p);
        long fund = scenario.balance("FUND:" + p.id());

        assertThatThrownBy(() -> allowances.generate(ADMIN, p.id(), month))
                .isInstanceOfSatisfying(BenefitProblem.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("ledger.error.allowanceMonthComplete");
                    assertThat(e.isConflict()).isTrue();
                });
        assertThat(scenario.transactions(p)).isEqualTo(transactions);
        assertThat(scenario.balance("FUND:" + p.id())).isEqualTo(fund);
        assertThat(scenario.walletBalance(p, first)).isEqualTo(8_000);
        assertThat(scenario.rows(p)).isEqualTo(1);

        long late = enrolled(p, month.atDay(1));
        AllowanceRun second = allowances.generate(ADMIN, p.id(), month);

        assertThat(second.rows()).isEqualTo(1);
        assertThat(scenario.amount(p, late, month)).contains(8_000L);
        assertThat(jdbc.sql("SELECT idempotency_key FROM benefit_transaction WHERE id = :id").param("id", second.transactionId())
                .query(String.class).single()).isEqualTo("ENTITLEMENT:" + p.id() + ":" + month + ":2");
        assertThat(scenario.walletBalance(p, first)).isEqualTo(8_000);
        assertThatThrownBy(() -> allowances.generate(ADMIN, p.id(), month)).isInstanceOf(BenefitProblem.class);
        scenario.assertLedgerBalances(p);
    }

    @Test
    void aNewRuleVersionPaysFromTheFirstMonthItIsInEffectOnTheFirstDayAndPaysThoseWhoJoinUnderIt() {
        Programme p = subsidy(10_000);
        YearMonth m1 = scenario.currentMonth().minusMonths(1);
        YearMonth m2 = m1.minusMonths(1);
        LocalDate change = m2.atDay(15);
        jdbc.sql("UPDATE benefit_rule SET effective_to = :to WHERE programme_id = :p").param("to", change.minusDays(1))
                .param("p", p.id()).update();
        long raise = programmes.insertRule(new RuleVersion(0, p.id(), 0, RuleStatus.DRAFT, change, null,
                AllowanceScenario.NOBODY_MATCHES, RuleAmounts.monthly(Money.ofFen(12_000)), "raise"), "test", clock.instant());
        programmes.setRuleStatus(raise, RuleStatus.DRAFT, RuleStatus.PUBLISHED, "test", clock.instant());
        long before = enrolled(p, m2.minusMonths(1).atDay(1));
        long underTheRaise = enrolled(p, m2.atDay(20));

        allowances.generate(ADMIN, p.id(), m2);
        allowances.generate(ADMIN, p.id(), m1);

        int days = m2.lengthOfMonth();
        assertThat(scenario.amount(p, before, m2)).contains(10_000L);
        assertThat(scenario.amount(p, before, m1)).contains(12_000L);
        assertThat(scenario.amount(p, underTheRaise, m2)).contains(12_000L * (days - 20 + 1) / days);
        assertThat(scenario.amount(p, underTheRaise, m1)).contains(12_000L);
        scenario.assertLedgerBalances(p);
    }

    @Test
    void refusesAFutureMonthAProgrammeNotPaidMonthlyOrNotActiveAndAMonthNobodyIsOwed() {
        Programme p = subsidy(1_000);
        YearMonth current = scenario.currentMonth();

        assertRefused(() -> allowances.generate(ADMIN, p.id(), current.plusMonths(1)), e -> {
            assertThat(e.messageKey()).isEqualTo("ledger.error.allowanceFutureMonth");
            assertThat(e.field()).isEqualTo("month");
        });
        assertRefused(() -> allowances.generate(ADMIN, p.id(), current),
                e -> assertThat(e.messageKey()).isEqualTo("ledger.error.allowanceNobodyEnrolled"));
        assertRefused(() -> allowances.reissue(ADMIN, p.id()),
                e -> assertThat(e.messageKey()).isEqualTo("ledger.error.allowanceNothingGenerated"));

        Programme meals = fixtures.programme(ProgrammeKind.MEAL_SUBSIDY, AllowanceScenario.BANNER,
                AllowanceScenario.NOBODY_MATCHES, RuleAmounts.monthly(Money.ofFen(1_000)));
        enrolled(meals, current.atDay(1));
        assertRefused(() -> allowances.generate(ADMIN, meals.id(), current),
                e -> assertThat(e.messageKey()).isEqualTo("ledger.error.allowanceNotMonthly"));

        Programme closed = subsidy(1_000);
        enrolled(closed, current.atDay(1));
        jdbc.sql("UPDATE benefit_programme SET status = 'CLOSED' WHERE id = :id").param("id", closed.id()).update();
        assertRefused(() -> allowances.generate(ADMIN, closed.id(), current),
                e -> assertThat(e.messageKey()).isEqualTo("ledger.error.allowanceNotActive"));

        for (Programme refused : List.of(p, meals, closed)) {
            assertThat(scenario.rows(refused)).isZero();
            assertThat(scenario.transactions(refused)).as("only the budget").isEqualTo(1);
        }
    }

    private void assertRefused(Runnable call, Consumer<BenefitProblem> check) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(BenefitProblem.class, check);
    }

    private Programme subsidy(long monthlyFen) {
        return fixtures.programme(ProgrammeKind.SERVICE_SUBSIDY, AllowanceScenario.BANNER, AllowanceScenario.NOBODY_MATCHES,
                RuleAmounts.monthly(Money.ofFen(monthlyFen)));
    }

    private long enrolled(Programme p, LocalDate start) {
        long elder = scenario.elder(AllowanceScenario.BANNER_VILLAGE);
        scenario.enrol(p, elder, start);
        return elder;
    }

    private long enrolledBorn(Programme p, LocalDate birthDate) {
        long elder = scenario.elder(AllowanceScenario.BANNER_VILLAGE, birthDate);
        scenario.enrol(p, elder, birthDate.plusYears(70));
        return elder;
    }
}
