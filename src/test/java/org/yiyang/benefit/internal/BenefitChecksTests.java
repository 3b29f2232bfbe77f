package org.yiyang.benefit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.benefit.BenefitChecks;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.CheckRun;
import org.yiyang.benefit.Condition;
import org.yiyang.benefit.ConditionField;
import org.yiyang.benefit.Flag;
import org.yiyang.benefit.FlagKind;
import org.yiyang.benefit.FlagQuery;
import org.yiyang.benefit.FlagStatus;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.RuleStatus;
import org.yiyang.benefit.RuleVersion;
import org.yiyang.elder.TestElders;
import org.yiyang.IntegrationTest;

@IntegrationTest
class BenefitChecksTests {

    @Autowired ApplicationContext context;
    @Autowired BenefitChecks checks;
    @Autowired ProgrammeStore programmes;
    @Autowired JdbcClient jdbc;

    PaymentScenario scenario;

    @BeforeEach
    void scenario() {
        scenario = new PaymentScenario(context);
    }

    @Test
    void anAllowancePaidForAMonthAfterTheMonthOfDeathIsFoundAndNothingElse() {
        Programme p = scenario.cashProgramme();
        LocalDate death = scenario.today().minusMonths(3).withDayOfMonth(15);
        YearMonth deathMonth = YearMonth.from(death);
        long deceased = scenario.elder();
        long alive = scenario.elder();
        scenario.died(deceased, death);
        long ofDeathMonth = scenario.allowance(p, deceased, deathMonth, 10_000, "PAID", TestElders.HINGGAN_VILLAGE);
        long after = scenario.allowance(p, deceased, deathMonth.plusMonths(1), 10_000, "PAID", TestElders.HINGGAN_VILLAGE);
        scenario.allowance(p, deceased, deathMonth.plusMonths(2), 10_000, "DUE", TestElders.HINGGAN_VILLAGE);
        scenario.allowance(p, alive, deathMonth.plusMonths(1), 10_000, "PAID", TestElders.HINGGAN_VILLAGE);

        checks.run(PaymentScenario.REGION_ADMIN);

        List<Flag> found = flagsOf(FlagKind.DECEASED_PAID, p);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.elderId()).isEqualTo(deceased);
            assertThat(f.details()).containsExactly(deathMonth.plusMonths(1).toString(), "100.00", death.toString());
            assertThat(f.division().value()).isEqualTo(TestElders.HINGGAN_VILLAGE);
        });
        assertThat(key(found.get(0))).isEqualTo("DECEASED_PAID:" + after);
        assertThat(ofDeathMonth).isNotEqualTo(after);
    }

    @Test
    void anElderActiveInTwoProgrammesThatExcludeEachOtherIsFoundOncePerElder() {
        Programme first = scenario.cashProgramme();
        Programme second = scenario.cashProgramme(PaymentScenario.BANNER,
                List.of(Condition.of(ConditionField.PROGRAMME, ConditionField.Operator.NONE_OF, String.valueOf(first.id()))));
        excludeToo(first, second);
        Programme unrelated = scenario.cashProgramme();
        long both = scenario.elder();
        long onlySecond = scenario.elder();
        long endedInFirst = scenario.elder();
        long withUnrelated = scenario.elder();
        scenario.enrol(first, both, "ACTIVE");
        scenario.enrol(second, both, "ACTIVE");
        scenario.enrol(second, onlySecond, "ACTIVE");
        scenario.enrol(first, endedInFirst, "ENDED");
        scenario.enrol(second, endedInFirst, "ACTIVE");
        scenario.enrol(second, withUnrelated, "ACTIVE");
        scenario.enrol(unrelated, withUnrelated, "ACTIVE");

        checks.run(PaymentScenario.REGION_ADMIN);

        List<Flag> found = jdbcFlags(FlagKind.EXCLUSIVE_PROGRAMMES, List.of(both, onlySecond, endedInFirst, withUnrelated));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.elderId()).isEqualTo(both);
            assertThat(f.programmeId()).isIn(first.id(), second.id());
            assertThat(f.details()).hasSize(2);
        });
    }

    @Test
    void aProgrammeThatCommittedMoreThanItsBudgetIsFoundOnce() {
        Programme over = scenario.cashProgramme();
        Programme within = scenario.cashProgramme();
        long elder = scenario.elder();
        scenario.overspend(over, elder, BenefitFixtures.BUDGET.fen() + 5_000);
        scenario.overspend(within, elder, 5_000);

        checks.run(PaymentScenario.REGION_ADMIN);
        checks.run(PaymentScenario.REGION_ADMIN);

        assertThat(flagsOf(FlagKind.BUDGET_OVERRUN, over)).singleElement()
                .satisfies(f -> assertThat(f.details()).containsExactly("50.00"));
        assertThat(flagsOf(FlagKind.BUDGET_OVERRUN, within)).isEmpty();
    }

    @Test
    void eldersSharingOneBankAccountAreFoundEachInTheirOwnDivisionAndAreScopedThere() {
        String shared = PaymentScenario.accountNumber(19);
        long here = scenario.elder();
        long there = scenario.elder(TestElders.HULUNBUIR_VILLAGE);
        long alone = scenario.elder();
        scenario.payee(here, shared);
        scenario.payee(there, shared);
        scenario.payee(alone);

        checks.run(PaymentScenario.REGION_ADMIN);

        List<Flag> found = jdbcFlags(FlagKind.SHARED_BANK_ACCOUNT, List.of(here, there, alone));
        assertThat(found).extracting(Flag::elderId).containsExactlyInAnyOrder(here, there);
        assertThat(found).allSatisfy(f -> assertThat(f.details())
                .containsExactly(shared.substring(0, 4) + "****" + shared.substring(15), "2"));
        List<Long> bannerSees = visibleIds(PaymentScenario.BANNER_REGULATOR, FlagKind.SHARED_BANK_ACCOUNT);
        assertThat(bannerSees).contains(idOf(found, here)).doesNotContain(idOf(found, there));
        assertThat(visibleIds(PaymentScenario.REGION_ADMIN, FlagKind.SHARED_BANK_ACCOUNT))
                .contains(idOf(found, here), idOf(found, there));
    }

    @Test
    void runningTheChecksTwiceAddsNothingTheSecondTime() {
        Programme p = scenario.cashProgramme();
        long deceased = scenario.elder();
        LocalDate death = scenario.today().minusMonths(2).withDayOfMonth(1);
        scenario.died(deceased, death);
        scenario.allowance(p, deceased, YearMonth.from(death).plusMonths(1), 10_000, "PAID", TestElders.HINGGAN_VILLAGE);
        String shared = PaymentScenario.accountNumber(20);
        long a = scenario.elder();
        long b = scenario.elder();
        scenario.payee(a, shared);
        scenario.payee(b, shared);
        long before = flagCount();

        CheckRun first = checks.run(PaymentScenario.REGION_ADMIN);
        long afterFirst = flagCount();
        CheckRun second = checks.run(PaymentScenario.REGION_ADMIN);

        assertThat(first.added(FlagKind.DECEASED_PAID)).isGreaterThanOrEqualTo(1);
        assertThat(first.added(FlagKind.SHARED_BANK_ACCOUNT)).isGreaterThanOrEqualTo(2);
        assertThat(afterFirst - before).isEqualTo(first.total());
        assertThat(second.total()).isZero();
        assertThat(flagCount()).isEqualTo(afterFirst);
    }

    @Test
    void aFindingIsConfirmedOrDismissedOnceWithWhoAndWhenKept() {
        String shared = PaymentScenario.accountNumber(18);
        long a = scenario.elder();
        long b = scenario.elder();
        scenario.payee(a, shared);
        scenario.payee(b, shared);
        checks.run(PaymentScenario.REGION_ADMIN);
        List<Flag> found = jdbcFlags(FlagKind.SHARED_BANK_ACCOUNT, List.of(a, b));
        long first = idOf(found, a);
        long second = idOf(found, b);

        assertThatThrownBy(() -> checks.dismiss(PaymentScenario.BANNER_REGULATOR, second, " "))
                .isInstanceOfSatisfying(BenefitProblem.class, p -> assertThat(p.field()).isEqualTo("note"));
        checks.confirm(PaymentScenario.BANNER_REGULATOR, first, "同一家庭，已核实");
        checks.dismiss(PaymentScenario.BANNER_REGULATOR, second, "夫妻共用账户，符合规定");

        assertThatThrownBy(() -> checks.dismiss(PaymentScenario.BANNER_REGULATOR, first, "again"))
                .isInstanceOfSatisfying(BenefitProblem.class, p -> assertThat(p.isConflict()).isTrue());
        Flag confirmed = flag(first);
        assertThat(confirmed.status()).isEqualTo(FlagStatus.CONFIRMED);
        assertThat(confirmed.reviewedBy()).isEqualTo(PaymentScenario.BANNER_REGULATOR.username());
        assertThat(confirmed.reviewedAt()).isNotNull();
        assertThat(confirmed.reviewNote()).isEqualTo("同一家庭，已核实");
        assertThat(flag(second).status()).isEqualTo(FlagStatus.DISMISSED);
        assertThat(visibleIds(PaymentScenario.BANNER_REGULATOR, FlagKind.SHARED_BANK_ACCOUNT)).doesNotContain(first, second);
    }

    @Test
    void aFindingOutsideTheViewersDivisionCannotBeReviewed() {
        String shared = PaymentScenario.accountNumber(17);
        long there = scenario.elder(TestElders.HULUNBUIR_VILLAGE);
        long alsoThere = scenario.elder(TestElders.HULUNBUIR_VILLAGE);
        scenario.payee(there, shared);
        scenario.payee(alsoThere, shared);
        checks.run(PaymentScenario.REGION_ADMIN);
        long id = idOf(jdbcFlags(FlagKind.SHARED_BANK_ACCOUNT, List.of(there)), there);

        assertThatThrownBy(() -> checks.confirm(PaymentScenario.BANNER_REGULATOR, id, null))
                .isInstanceOfSatisfying(BenefitProblem.class, p -> assertThat(p.isNotFound()).isTrue());
        assertThat(flag(id).status()).isEqualTo(FlagStatus.OPEN);
    }

    /** Gives the first programme a newer published rule version that excludes the second, too. */
    private void excludeToo(Programme first, Programme second) {
        long rule = programmes.insertRule(new RuleVersion(0, first.id(), 0, RuleStatus.DRAFT, LocalDate.of(2000, 1, 1), null,
                List.of(Condition.of(ConditionField.PROGRAMME, ConditionField.Operator.NONE_OF, String.valueOf(second.id()))),
                org.yiyang.benefit.RuleAmounts.monthly(org.yiyang.shared.Money.ofFen(10_000)), null), "test", java.time.Instant.now());
        programmes.setRuleStatus(rule, RuleStatus.DRAFT, RuleStatus.PUBLISHED, "test", java.time.Instant.now());
    }

    private List<Flag> flagsOf(FlagKind kind, Programme p) {
        return ids("SELECT id FROM benefit_flag WHERE kind = :kind AND programme_id = :p ORDER BY id", kind, p.id());
    }

    private List<Flag> jdbcFlags(FlagKind kind, List<Long> elders) {
        return jdbc.sql("SELECT id FROM benefit_flag WHERE kind = :kind AND elder_id IN (:elders) ORDER BY id")
                .param("kind", kind.name()).param("elders", elders).query(Long.class).list().stream().map(this::flag).toList();
    }

    private List<Flag> ids(String sql, FlagKind kind, long programme) {
        return jdbc.sql(sql).param("kind", kind.name()).param("p", programme).query(Long.class).list().stream()
                .map(this::flag).toList();
    }

    private Flag flag(long id) {
        return context.getBean(FlagStore.class).find(id).orElseThrow();
    }

    private String key(Flag flag) {
        return jdbc.sql("SELECT flag_key FROM benefit_flag WHERE id = :id").param("id", flag.id()).query(String.class).single();
    }

    private List<Long> visibleIds(org.yiyang.identity.Viewer viewer, FlagKind kind) {
        return checks.list(viewer, new FlagQuery(kind, FlagStatus.OPEN), 0, 100).flags().stream().map(Flag::id).toList();
    }

    private static long idOf(List<Flag> flags, long elder) {
        return flags.stream().filter(f -> f.elderId() == elder).findFirst().orElseThrow().id();
    }

    private long flagCount() {
        return jdbc.sql("SELECT COUNT(*) FROM benefit_flag").query(Long.class).single();
    }
}
