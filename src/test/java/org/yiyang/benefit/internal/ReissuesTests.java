package org.yiyang.benefit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.benefit.AllowanceOrigin;
import org.yiyang.benefit.AllowanceRun;
import org.yiyang.benefit.Allowances;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.RuleAmounts;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.shared.Money;

@IntegrationTest
class ReissuesTests {

    @Autowired BenefitFixtures fixtures;
    @Autowired Allowances allowances;
    @Autowired ElderRegistry registry;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    AllowanceScenario scenario;

    @BeforeEach
    void scenario() {
        scenario = new AllowanceScenario(registry, jdbc, clock);
    }

    @Test
    void aRetroactiveEnrolmentIsPaidTheGeneratedMonthsItMissedOnceUpToTheLastGeneratedMonth() {
        Programme p = fixtures.programme(ProgrammeKind.CARE_SUBSIDY, AllowanceScenario.BANNER,
                AllowanceScenario.NOBODY_MATCHES, RuleAmounts.monthly(Money.ofFen(6_000)));
        YearMonth m1 = scenario.currentMonth().minusMonths(1);
        YearMonth m2 = m1.minusMonths(1);
        YearMonth m3 = m1.minusMonths(2);
        long onTime = scenario.elder(AllowanceScenario.BANNER_VILLAGE);
        scenario.enrol(p, onTime, m2.atDay(1));
        allowances.generate(TestAccounts.REGION_ADMIN, p.id(), m2);
        allowances.generate(TestAccounts.REGION_ADMIN, p.id(), m1);
        long retroactive = scenario.elder(AllowanceScenario.BANNER_VILLAGE);
        scenario.enrol(p, retroactive, m3.atDay(16));

        List<AllowanceRun> runs = allowances.reissue(TestAccounts.REGION_ADMIN, p.id());

        assertThat(runs).extracting(AllowanceRun::month).containsExactly(m3, m2, m1);
        assertThat(runs).allSatisfy(run -> {
            assertThat(run.rows()).isEqualTo(1);
            assertThat(run.origin()).isEqualTo(AllowanceOrigin.REISSUE);
        });
        int days = m3.lengthOfMonth();
        assertThat(scenario.amount(p, retroactive, m3)).contains(6_000L * (days - 16 + 1) / days);
        assertThat(scenario.allowance(p, retroactive, m2)).containsEntry("amount_fen", 6_000L)
                .containsEntry("origin", "REISSUE").containsEntry("status", "DUE");
        assertThat(scenario.amount(p, retroactive, m1)).contains(6_000L);
        assertThat(scenario.amount(p, retroactive, m1.plusMonths(1))).as("not generated yet: not re-issued").isEmpty();
        assertThat(scenario.allowance(p, onTime, m2)).containsEntry("origin", "MONTHLY");
        assertThat(jdbc.sql("SELECT kind, idempotency_key FROM benefit_transaction WHERE id = :id")
                .param("id", runs.get(0).transactionId()).query().singleRow())
                .containsEntry("kind", "REISSUE").containsEntry("idempotency_key", "REISSUE:" + p.id() + ":" + m3);
        assertThat(scenario.walletBalance(p, retroactive)).isEqualTo(runs.stream().mapToLong(r -> r.total().fen()).sum());

        long transactions = scenario.transactions(p);
        assertThat(allowances.reissue(TestAccounts.REGION_ADMIN, p.id())).isEmpty();
        assertThat(scenario.transactions(p)).isEqualTo(transactions);
        assertThat(scenario.rows(p)).isEqualTo(5);
        scenario.assertLedgerBalances(p);
    }
}
