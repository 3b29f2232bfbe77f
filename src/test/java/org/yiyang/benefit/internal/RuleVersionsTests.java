package org.yiyang.benefit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.IntegrationTest;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.Programmes;
import org.yiyang.benefit.RuleCheck;
import org.yiyang.benefit.RuleCheck.Finding;
import org.yiyang.benefit.RuleDraft;
import org.yiyang.benefit.RuleRejected;
import org.yiyang.benefit.RuleStatus;
import org.yiyang.benefit.RuleVersion;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.SpecialCategory;
import org.yiyang.identity.Viewer;
import org.yiyang.region.Division;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.shared.ChinaTime;

/**
 * Rule versions of a programme in a banner of the test's own, with three elders: about 96 years old, about 86 (on
 * minimum living support) and about 66.
 */
@IntegrationTest
class RuleVersionsTests {

    @Autowired Programmes programmes;
    @Autowired ProgrammeStore store;
    @Autowired JdbcClient jdbc;
    @Autowired DivisionDirectory divisions;
    @Autowired ElderRegistry registry;
    @Autowired Clock clock;

    Viewer regulator;
    long programme;

    @BeforeEach
    void aBannerWithThreeElders() {
        ProgrammeScenario scenario = new ProgrammeScenario(jdbc, divisions, registry);
        Division banner = scenario.emptyBanner();
        String village = scenario.village(banner);
        int year = ChinaTime.today(clock).getYear();
        scenario.elder(village, year - 97);
        scenario.elder(village, year - 87, SpecialCategory.MINIMUM_LIVING);
        scenario.elder(village, year - 67);
        regulator = ProgrammeScenario.regulator(banner.code());
        programme = programmes.create(regulator, ProgrammeScenario.draft(ProgrammeKind.HIGH_AGE_ALLOWANCE, banner.code(), "1000"));
    }

    @Test
    void theCheckOfADraftCountsTheEldersItMatchesTodayAmongTheActiveEldersOfTheDivision() {
        long rule = programmes.createRule(regulator, programme, rule(ProgrammeScenario.row("AGE", "AT_LEAST", "80")));

        RuleCheck check = programmes.review(regulator, programme, rule);

        assertThat(check.reach()).isEqualTo(new RuleCheck.Reach(2, 3));
        assertThat(check.errors()).isEmpty();
        assertThat(check.warnings()).isEmpty();
        programmes.publishRule(regulator, programme, rule, false);
        assertThat(store.rule(rule).orElseThrow().status()).isEqualTo(RuleStatus.PUBLISHED);
    }

    @Test
    void aRuleThatMatchesEveryElderOfTheDivisionIsPublishedOnlyWhenTheRegulatorConfirms() {
        long rule = programmes.createRule(regulator, programme, rule(ProgrammeScenario.row("AGE", "AT_LEAST", "60")));

        assertWarned(rule, "benefit.rule.warning.everybody");
        assertThatThrownBy(() -> programmes.publishRule(regulator, programme, rule, false))
                .isInstanceOfSatisfying(RuleRejected.class, e -> assertThat(e.check().hasErrors()).isFalse());
        assertThat(store.rule(rule).orElseThrow().status()).isEqualTo(RuleStatus.DRAFT);

        programmes.publishRule(regulator, programme, rule, true);
        assertThat(store.rule(rule).orElseThrow().status()).isEqualTo(RuleStatus.PUBLISHED);
    }

    @Test
    void contradictoryConditionsWarnThatTheRuleCanNeverMatch() {
        long ages = programmes.createRule(regulator, programme, rule(ProgrammeScenario.row("AGE", "AT_LEAST", "90"),
                ProgrammeScenario.row("AGE", "BELOW", "80")));
        long categories = programmes.createRule(regulator, programme, rule(
                ProgrammeScenario.row("CATEGORY", "ANY_OF", "MINIMUM_LIVING"),
                ProgrammeScenario.row("CATEGORY", "NONE_OF", "MINIMUM_LIVING", "LOW_INCOME")));
        long levels = programmes.createRule(regulator, programme, rule(
                ProgrammeScenario.row("CAPABILITY_LEVEL", "AT_LEAST", "SEVERE"),
                ProgrammeScenario.row("CAPABILITY_LEVEL", "ANY_OF", "INTACT", "MILD")));

        for (long rule : List.of(ages, categories, levels)) {
            assertWarned(rule, "benefit.rule.warning.contradiction");
            assertThat(programmes.review(regulator, programme, rule).reach().matching()).isZero();
            assertThatThrownBy(() -> programmes.publishRule(regulator, programme, rule, false)).isInstanceOf(RuleRejected.class);
        }
    }

    @Test
    void aRuleNobodyMatchesTodayAndAMonthlyAmountOfNothingWarn() {
        long nobody = programmes.createRule(regulator, programme, rule(ProgrammeScenario.row("AGE", "AT_LEAST", "120")));
        RuleDraft zero = ProgrammeScenario.rule("2000-01-01", "", ProgrammeScenario.row("AGE", "AT_LEAST", "80"));
        long nothing = programmes.createRule(regulator, programme, new RuleDraft(zero.effectiveFrom(), "", zero.conditions(),
                "0", List.of(), "", "", "", "", "", "", List.of(), "", ""));

        assertWarned(nobody, "benefit.rule.warning.nobody");
        assertWarned(nothing, "benefit.rule.warning.monthlyZero");
    }

    @Test
    void overlappingDatesWithAPublishedVersionAreRefusedUntilItIsEnded() {
        long first = programmes.createRule(regulator, programme, ProgrammeScenario.rule("2020-01-01", "",
                ProgrammeScenario.row("AGE", "AT_LEAST", "80")));
        programmes.publishRule(regulator, programme, first, true);
        long second = programmes.createRule(regulator, programme, ProgrammeScenario.rule("2027-01-01", "",
                ProgrammeScenario.row("AGE", "AT_LEAST", "75")));

        assertThatThrownBy(() -> programmes.publishRule(regulator, programme, second, true))
                .isInstanceOfSatisfying(RuleRejected.class, e -> assertThat(e.check().errors()).containsExactly(
                        new Finding(null, "benefit.rule.error.overlap", List.of(1, "2020-01-01", "2026-12-31"))));
        assertThat(store.rule(second).orElseThrow().status()).isEqualTo(RuleStatus.DRAFT);

        programmes.endRule(regulator, programme, first, LocalDate.of(2026, 12, 31));
        programmes.publishRule(regulator, programme, second, true);

        assertThat(store.rule(first).orElseThrow().effectiveTo()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(store.rule(second).orElseThrow().status()).isEqualTo(RuleStatus.PUBLISHED);
        long between = programmes.createRule(regulator, programme, ProgrammeScenario.rule("2026-12-01", "2027-01-05",
                ProgrammeScenario.row("AGE", "AT_LEAST", "70")));
        assertThat(programmes.review(regulator, programme, between).errors()).extracting(Finding::messageKey)
                .containsExactlyInAnyOrder("benefit.rule.error.overlap", "benefit.rule.error.overlapLater");
        long before = programmes.createRule(regulator, programme, ProgrammeScenario.rule("2019-01-01", "2019-12-31",
                ProgrammeScenario.row("AGE", "AT_LEAST", "80")));
        assertThat(programmes.review(regulator, programme, before).errors()).isEmpty();
    }

    @Test
    void aNewDraftCopiesTheVersionInEffectFromTheFirstOfNextMonth() {
        long first = programmes.createRule(regulator, programme, new RuleDraft("2020-01-01", "",
                List.of(new RuleDraft.Row("AGE", "AT_LEAST", List.of("80"))), "", List.of(new RuleDraft.Band("80", "100"),
                new RuleDraft.Band("90", "200")), "", "", "", "", "", "", List.of(), "", "说明"));
        programmes.publishRule(regulator, programme, first, true);

        RuleDraft copy = programmes.newRuleDraft(regulator, programme);

        LocalDate today = ChinaTime.today(clock);
        assertThat(copy.effectiveFrom()).isEqualTo(today.withDayOfMonth(1).plusMonths(1).toString());
        assertThat(copy.effectiveTo()).isEmpty();
        assertThat(copy.conditions()).containsExactly(new RuleDraft.Row("AGE", "AT_LEAST", List.of("80")));
        assertThat(copy.ageBands()).containsExactly(new RuleDraft.Band("80", "100.00"), new RuleDraft.Band("90", "200.00"));
        assertThat(copy.note()).isEqualTo("说明");
    }

    @Test
    void aPublishedVersionEndsOnlyWithinItsOwnDates() {
        long rule = programmes.createRule(regulator, programme, ProgrammeScenario.rule("2020-01-01", "2030-12-31",
                ProgrammeScenario.row("AGE", "AT_LEAST", "80")));
        assertRefused(() -> programmes.endRule(regulator, programme, rule, LocalDate.of(2025, 1, 1)),
                "benefit.rule.error.notPublished");
        programmes.publishRule(regulator, programme, rule, true);

        assertRefused(() -> programmes.endRule(regulator, programme, rule, null), "benefit.rule.error.lastDayMissing");
        assertRefused(() -> programmes.endRule(regulator, programme, rule, LocalDate.of(2019, 12, 31)),
                "benefit.rule.error.endBeforeStart");
        assertRefused(() -> programmes.endRule(regulator, programme, rule, LocalDate.of(2031, 1, 1)),
                "benefit.rule.error.endAfterEnd");
        assertThat(store.rule(rule).orElseThrow().effectiveTo()).isEqualTo(LocalDate.of(2030, 12, 31));
    }

    @Test
    void aDraftWithErrorsIsNotSavedAndAWithdrawnDraftIsNoLongerEdited() {
        long rule = programmes.createRule(regulator, programme, rule(ProgrammeScenario.row("AGE", "AT_LEAST", "80")));
        RuleVersion saved = store.rule(rule).orElseThrow();

        assertThatThrownBy(() -> programmes.saveRule(regulator, programme, rule, rule(ProgrammeScenario.row("AGE", "AT_LEAST", "eighty"))))
                .isInstanceOfSatisfying(RuleRejected.class, e -> assertThat(e.check().on("conditions[0].values"))
                        .extracting(Finding::messageKey).containsExactly("benefit.rule.error.age"));
        assertThat(store.rule(rule).orElseThrow()).isEqualTo(saved);

        programmes.withdrawRule(regulator, programme, rule);
        assertThat(store.rule(rule).orElseThrow().status()).isEqualTo(RuleStatus.WITHDRAWN);
        assertRefused(() -> programmes.saveRule(regulator, programme, rule, rule(ProgrammeScenario.row("AGE", "AT_LEAST", "70"))),
                "benefit.rule.error.notDraft");
        assertRefused(() -> programmes.publishRule(regulator, programme, rule, true), "benefit.rule.error.notDraft");
    }

    @Test
    void aRegulatorOfAnotherDivisionNeitherSeesNorChangesTheRules() {
        long rule = programmes.createRule(regulator, programme, rule(ProgrammeScenario.row("AGE", "AT_LEAST", "80")));
        Viewer stranger = ProgrammeScenario.regulator(ProgrammeScenario.DEMO_BANNER);

        assertThatThrownBy(() -> programmes.rule(stranger, programme, rule))
                .isInstanceOfSatisfying(BenefitProblem.class, e -> assertThat(e.isNotFound()).isTrue());
        assertThatThrownBy(() -> programmes.publishRule(stranger, programme, rule, true))
                .isInstanceOfSatisfying(BenefitProblem.class, e -> assertThat(e.isNotFound()).isTrue());
    }

    private void assertWarned(long rule, String key) {
        RuleCheck check = programmes.review(regulator, programme, rule);
        assertThat(check.errors()).isEmpty();
        assertThat(check.warnings()).extracting(Finding::messageKey).contains(key);
    }

    private static RuleDraft rule(RuleDraft.Row... conditions) {
        return ProgrammeScenario.rule("2000-01-01", "", conditions);
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(BenefitProblem.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
