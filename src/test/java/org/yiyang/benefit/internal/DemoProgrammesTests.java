package org.yiyang.benefit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.IntegrationTest;
import org.yiyang.benefit.AgeBandAmount;
import org.yiyang.benefit.EnrolmentMode;
import org.yiyang.benefit.MealShares;
import org.yiyang.benefit.Payout;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.ProgrammeStatus;
import org.yiyang.benefit.RuleVersion;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.Money;
import org.yiyang.shared.ServiceItem;

/** Demo mode is on in tests: the six demo programmes exist once, active, with a rule in effect and their budget. */
@IntegrationTest
class DemoProgrammesTests {

    @Autowired DemoProgrammes demo;
    @Autowired ProgrammeStore store;
    @Autowired Budgets budgets;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void sixActiveProgrammesWithARuleInEffectAndTheirBudgetAndARestartAddsNothing() {
        demo.run(null);

        List<String> codes = List.of("DEMO-GLJT-15", "DEMO-FWBT-1522", "DEMO-HLBT-1522", "DEMO-RZBT-152221",
                "DEMO-ZCBT-152221", "DEMO-XFJF-152221");
        for (String code : codes) {
            Programme p = store.findByCode(code).orElseThrow();
            assertThat(p.status()).isEqualTo(ProgrammeStatus.ACTIVE);
            assertThat(store.ruleInEffect(p.id(), ChinaTime.today(clock))).isPresent();
            assertThat(budgets.allocated(p)).isEqualTo(p.budget());
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM benefit_programme WHERE code LIKE 'DEMO-%'").query(Long.class).single())
                .isEqualTo(6);

        Programme highAge = store.findByCode("DEMO-GLJT-15").orElseThrow();
        assertThat(highAge.division().value()).isEqualTo("150000000000");
        assertThat(rule(highAge).amounts().ageBands()).containsExactly(new AgeBandAmount(80, Money.ofFen(10_000)),
                new AgeBandAmount(90, Money.ofFen(20_000)), new AgeBandAmount(100, Money.ofFen(50_000)));
        Programme service = store.findByCode("DEMO-FWBT-1522").orElseThrow();
        assertThat(service.enrolmentMode()).isEqualTo(EnrolmentMode.PROPOSED);
        assertThat(service.payout()).isEqualTo(Payout.SUBSIDY_WALLET);
        Programme meal = store.findByCode("DEMO-ZCBT-152221").orElseThrow();
        assertThat(meal.kind()).isEqualTo(ProgrammeKind.MEAL_SUBSIDY);
        assertThat(rule(meal).amounts().meal()).isEqualTo(new MealShares(Money.ofFen(500), Money.ofFen(200),
                Money.ofFen(100), Money.ofFen(200)));
        assertThat(rule(meal).amounts().coveredItems()).containsExactly(ServiceItem.MEAL);
        assertThat(rule(store.findByCode("DEMO-RZBT-152221").orElseThrow()).amounts().coveredItems())
                .contains(ServiceItem.PERSONAL_CARE, ServiceItem.NURSING_ASSISTANCE).doesNotContain(ServiceItem.MEAL);
        assertThat(rule(store.findByCode("DEMO-XFJF-152221").orElseThrow()).amounts().fenPerPoint()).isEqualTo(1);
        assertThat(Set.copyOf(codes)).hasSize(6);
    }

    private RuleVersion rule(Programme p) {
        return store.ruleInEffect(p.id(), ChinaTime.today(clock)).orElseThrow();
    }
}
