package org.yiyang.benefit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.benefit.Allowances;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.RuleAmounts;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.ElderStatus;
import org.yiyang.elder.ElderStatusChanged;
import org.yiyang.shared.Money;

@IntegrationTest
class RecoveriesTests {

    @Autowired BenefitFixtures fixtures;
    @Autowired Allowances allowances;
    @Autowired Recoveries recoveries;
    @Autowired ElderDepartures departures;
    @Autowired ElderRegistry registry;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    AllowanceScenario scenario;
    Programme p;
    YearMonth m0;
    YearMonth m1;
    YearMonth m2;
    YearMonth m3;

    @BeforeEach
    void fourGeneratedMonths() {
        scenario = new AllowanceScenario(registry, jdbc, clock);
        p = fixtures.programme(ProgrammeKind.HIGH_AGE_ALLOWANCE, AllowanceScenario.BANNER, AllowanceScenario.NOBODY_MATCHES,
                RuleAmounts.monthly(Money.ofFen(10_000)));
        m0 = scenario.currentMonth();
        m1 = m0.minusMonths(1);
        m2 = m0.minusMonths(2);
        m3 = m0.minusMonths(3);
    }

    @Test
    void aDeathStopsTheMonthsAfterItCancellingTheUnpaidRecoveringThePaidAndLeavingTheFiled() {
        long elder = enrolledAndGenerated();
        long other = scenario.elder(AllowanceScenario.BANNER_VILLAGE);
        scenario.enrol(p, other, m3.atDay(1));
        allowances.reissue(TestAccounts.REGION_ADMIN, p.id());
        for (YearMonth paid : new YearMonth[] {m3, m2, m1}) {
            scenario.setStatus(p, elder, paid, "PAID");
        }
        scenario.setStatus(p, other, m1, "FILED");
        scenario.setStatus(p, other, m0, "FAILED");

        registry.recordDeath(AllowanceScenario.LEAGUE_OPERATOR, elder, m2.atDay(10), "病故");
        registry.recordMoveOut(AllowanceScenario.LEAGUE_OPERATOR, other, m2.atDay(28), "随子女迁居外省");

        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> "CANCELLED".equals(scenario.status(p, other, m0)) && "CANCELLED".equals(scenario.status(p, elder, m0)));
        assertThat(scenario.status(p, elder, m3)).isEqualTo("PAID");
        assertThat(scenario.status(p, elder, m2)).as("the month of death is paid in full").isEqualTo("PAID");
        assertThat(scenario.status(p, elder, m1)).isEqualTo("RECOVERY");
        assertThat(scenario.status(p, other, m2)).isEqualTo("DUE");
        assertThat(scenario.status(p, other, m1)).as("left to the bank file's settlement").isEqualTo("FILED");
        long recoveryId = (Long) scenario.allowance(p, elder, m1).get("id");
        assertThat(legs("RECOVERY:" + recoveryId)).isEqualTo("FUND:10000 WALLET:-10000");
        long cancelledId = (Long) scenario.allowance(p, elder, m0).get("id");
        assertThat(legs("CANCEL:" + p.id() + ":" + elder + ":" + cancelledId)).isEqualTo("FUND:10000 WALLET:-10000");
        assertThat(scenario.walletBalance(p, elder)).isEqualTo(20_000);
        assertThat(scenario.walletBalance(p, other)).isEqualTo(30_000);
        scenario.assertLedgerBalances(p);
    }

    @Test
    void theSameEventDeliveredTwiceChangesNothingTheSecondTime() {
        long elder = enrolledAndGenerated();
        scenario.setStatus(p, elder, m0, "PAID");
        var event = new ElderStatusChanged(elder, AllowanceScenario.BANNER_VILLAGE, ElderStatus.DECEASED, m2.atDay(3));

        ElderDepartures listener = AopTestUtils.getUltimateTargetObject(departures); // synchronously, not @Async
        listener.on(event);
        long transactions = scenario.transactions(p);
        long wallet = scenario.walletBalance(p, elder);
        listener.on(event);

        assertThat(scenario.transactions(p)).isEqualTo(transactions);
        assertThat(scenario.walletBalance(p, elder)).isEqualTo(wallet).isEqualTo(20_000);
        assertThat(scenario.status(p, elder, m1)).isEqualTo("CANCELLED");
        assertThat(scenario.status(p, elder, m0)).isEqualTo("RECOVERY");
        scenario.assertLedgerBalances(p);
    }

    @Test
    void aConfirmedFindingRecoversAPaidAllowanceOnceAndARegulatorRecordsTheMoneyReturned() {
        long elder = enrolledAndGenerated();
        scenario.setStatus(p, elder, m1, "PAID");
        long paid = (Long) scenario.allowance(p, elder, m1).get("id");
        long due = (Long) scenario.allowance(p, elder, m0).get("id");

        recoveries.recover(paid, "checker");
        recoveries.recover(paid, "checker");
        assertThat(scenario.status(p, elder, m1)).isEqualTo("RECOVERY");
        assertThat(legs("RECOVERY:" + paid)).isEqualTo("FUND:10000 WALLET:-10000");
        assertThatThrownBy(() -> recoveries.recover(due, "checker")).isInstanceOfSatisfying(BenefitProblem.class,
                e -> assertThat(e.messageKey()).isEqualTo("ledger.error.allowanceNotPaid"));
        assertThat(scenario.walletBalance(p, elder)).isEqualTo(30_000);

        allowances.markRecovered(TestAccounts.REGION_ADMIN, paid);

        assertThat(scenario.status(p, elder, m1)).isEqualTo("RECOVERED");
        assertThat(legs("RECOVERED:" + paid)).isEqualTo("BANK:-10000 WALLET:10000");
        assertThat(scenario.walletBalance(p, elder)).isEqualTo(40_000);
        assertThatThrownBy(() -> allowances.markRecovered(TestAccounts.REGION_ADMIN, paid))
                .isInstanceOfSatisfying(BenefitProblem.class,
                        e -> assertThat(e.messageKey()).isEqualTo("ledger.error.allowanceNotInRecovery"));
        recoveries.recover(paid, "checker");
        assertThat(scenario.status(p, elder, m1)).isEqualTo("RECOVERED");
        scenario.assertLedgerBalances(p);
    }

    /** An elder enrolled since m3 with the four months m3 … m0 generated. */
    private long enrolledAndGenerated() {
        long elder = scenario.elder(AllowanceScenario.BANNER_VILLAGE);
        scenario.enrol(p, elder, m3.atDay(1));
        for (YearMonth month : new YearMonth[] {m3, m2, m1, m0}) {
            allowances.generate(TestAccounts.REGION_ADMIN, p.id(), month);
        }
        return elder;
    }

    /** The legs of a transaction as "ACCOUNTKIND:amount", in order of account kind. */
    private String legs(String key) {
        return String.join(" ", jdbc.sql("""
                        SELECT a.account_key, e.amount FROM benefit_entry e JOIN benefit_account a ON a.id = e.account_id
                        JOIN benefit_transaction t ON t.id = e.transaction_id WHERE t.idempotency_key = :key
                        ORDER BY a.account_key""")
                .param("key", key)
                .query((rs, n) -> rs.getString(1).replaceFirst(":.*", "") + ":" + rs.getLong(2)).list());
    }
}
