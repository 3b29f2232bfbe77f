package org.yiyang.benefit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.IntegrationTest;
import org.yiyang.TestClock;
import org.yiyang.benefit.AgeBandAmount;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.Condition;
import org.yiyang.benefit.ConditionField;
import org.yiyang.benefit.ConditionField.Operator;
import org.yiyang.benefit.Eligibility;
import org.yiyang.benefit.EnrolmentMode;
import org.yiyang.benefit.Payout;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.ProgrammeStatus;
import org.yiyang.benefit.RuleAmounts;
import org.yiyang.benefit.RuleStatus;
import org.yiyang.benefit.RuleVersion;
import org.yiyang.benefit.WhatIfResult;
import org.yiyang.benefit.WhatIfResult.Row;
import org.yiyang.elder.CapabilityAssessments;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.elder.LivingSituation;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;

/**
 * What-if on a small registry of known elders in two villages of two leagues: the high-age allowance from 80+ to
 * 75+, except elders living with their children, with a 75–79 band of 30 yuan.
 */
@IntegrationTest
class EligibilityWhatIfTests {

    static final String REGION = "150000000000";

    @Autowired Eligibility eligibility;
    @Autowired BenefitFixtures programmes;
    @Autowired ProgrammeStore store;
    @Autowired ElderRegistry registry;
    @Autowired CapabilityAssessments assessments;
    @Autowired FamilyLinks links;
    @Autowired AccountAdministration administration;
    @Autowired DivisionDirectory divisions;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    EligibilityFixtures elders;
    LocalDate today;
    String first;
    String second;

    @BeforeEach
    void registry() {
        elders = new EligibilityFixtures(registry, assessments, links, administration, divisions, jdbc);
        today = ChinaTime.today(clock);
        first = elders.village(EligibilityFixtures.QUIET_LEAGUES.get(0));
        second = elders.village(EligibilityFixtures.QUIET_LEAGUES.get(1));
        for (int age : List.of(76, 79, 81, 70)) {
            elders.elder(first, EligibilityFixtures.Spec.born(today.minusYears(age).minusDays(10)));
        }
        elders.elder(first, EligibilityFixtures.Spec.born(today.minusYears(92)).living(LivingSituation.WITH_CHILDREN));
        long deceased = elders.elder(first, today.minusYears(85));
        registry.recordDeath(EligibilityFixtures.operator(first), deceased, today, "病故");
        elders.elder(second, today.minusYears(77));
        elders.elder(second, today.minusYears(85));
    }

    @Test
    void aRegionRegulatorSeesWhoGainsAndLosesAndTheMonthlyCostByLeagueAndBanner() {
        Programme p = allowance();
        long draft = draft(p);

        WhatIfResult result = eligibility.whatIf(EligibilityFixtures.regulator(REGION), p.id(), draft);

        assertThat(result.currentRuleId()).isEqualTo(programmes.ruleInEffect(p, today).id());
        assertThat(result.monthly()).isTrue();
        assertThat(result.leagues()).hasSize(2);
        String firstBanner = EligibilityFixtures.bannerOf(first);
        String secondBanner = EligibilityFixtures.bannerOf(second);
        assertThat(result.leagues().get(0).banners()).containsExactly(
                row(firstBanner, name(firstBanner), 2, 3, 2, 1, 150_00, 110_00));
        assertThat(result.leagues().get(0).subtotal()).isEqualTo(
                row(EligibilityFixtures.leagueOf(first), name(EligibilityFixtures.leagueOf(first)), 2, 3, 2, 1, 150_00, 110_00));
        assertThat(result.leagues().get(1).banners()).containsExactly(
                row(secondBanner, name(secondBanner), 1, 2, 1, 0, 50_00, 80_00));
        assertThat(result.total()).isEqualTo(row(REGION, p.name(), 3, 5, 3, 1, 200_00, 190_00));
        assertThat(result.total().costChange()).isEqualTo(Money.ofFen(-10_00));
    }

    @Test
    void aDraftThatLooksAtSpecialCategoriesIsCountedThePassesWayWithTheSameFigures() {
        Programme p = allowance();
        long draft = draft(p, Condition.of(ConditionField.CATEGORY, Operator.NONE_OF, "EXTREME_POVERTY"));

        WhatIfResult result = eligibility.whatIf(EligibilityFixtures.regulator(REGION), p.id(), draft);

        assertThat(result.total()).isEqualTo(row(REGION, p.name(), 3, 5, 3, 1, 200_00, 190_00));
    }

    @Test
    void aLeagueRegulatorSeesOnlyTheirLeague() {
        Programme p = allowance();

        WhatIfResult result = eligibility.whatIf(
                EligibilityFixtures.regulator(EligibilityFixtures.leagueOf(second)), p.id(), draft(p));

        assertThat(result.leagues()).singleElement().satisfies(league ->
                assertThat(league.subtotal().code()).isEqualTo(EligibilityFixtures.leagueOf(second)));
        assertThat(result.total().gain()).isEqualTo(1);
        assertThat(result.total().eligibleNow()).isEqualTo(1);
    }

    @Test
    void withoutARuleInEffectEveryoneTheDraftFindsIsAGain() {
        long id = store.insert(new Programme(0, "T-WI-" + System.nanoTime() % 1_000_000_000, ProgrammeKind.HIGH_AGE_ALLOWANCE,
                "新设高龄津贴", DivisionCode.of(REGION), "test fund", Money.ofFen(1_000_000), Payout.BANK,
                EnrolmentMode.AUTOMATIC, ProgrammeStatus.DRAFT, 0), "test", clock.instant());
        Programme p = store.find(id).orElseThrow();

        WhatIfResult result = eligibility.whatIf(EligibilityFixtures.regulator(REGION), p.id(), draft(p));

        assertThat(result.currentRuleId()).isNull();
        assertThat(result.total()).isEqualTo(row(REGION, p.name(), 0, 5, 5, 0, 0, 190_00));
    }

    @Test
    void aDraftWithAConditionLeftEmptyIsRefused() {
        Programme p = allowance();
        long draft = store.insertRule(new RuleVersion(0, p.id(), 0, RuleStatus.DRAFT, today, null,
                List.of(new Condition(ConditionField.CATEGORY, Operator.ANY_OF, List.of())), RuleAmounts.monthly(Money.ZERO),
                null), "test", clock.instant());

        assertThatThrownBy(() -> eligibility.whatIf(EligibilityFixtures.regulator(REGION), p.id(), draft))
                .isInstanceOfSatisfying(BenefitProblem.class,
                        e -> assertThat(e.messageKey()).isEqualTo("eligibility.error.ruleIncomplete"));
    }

    @Test
    void aRegulatorOfAnotherBannerCannotSeeAProgrammeOfABannerNotTheirs() {
        Programme banner = programmes.programme(ProgrammeKind.HIGH_AGE_ALLOWANCE, EligibilityFixtures.bannerOf(first),
                List.of(), RuleAmounts.monthly(Money.ofFen(100)));

        assertThatThrownBy(() -> eligibility.whatIf(EligibilityFixtures.regulator(EligibilityFixtures.bannerOf(second)),
                banner.id(), programmes.ruleInEffect(banner, today).id()))
                .isInstanceOfSatisfying(BenefitProblem.class, e -> assertThat(e.isNotFound()).isTrue());
    }

    private Programme allowance() {
        return programmes.programme(ProgrammeKind.HIGH_AGE_ALLOWANCE, REGION, List.of(
                        Condition.of(ConditionField.AGE, Operator.AT_LEAST, "80"),
                        Condition.of(ConditionField.RESIDENCE_DIVISION, Operator.WITHIN, first, second)),
                bands(new AgeBandAmount(80, Money.ofFen(50_00)), new AgeBandAmount(90, Money.ofFen(100_00))));
    }

    private long draft(Programme p, Condition... more) {
        List<Condition> conditions = new java.util.ArrayList<>(List.of(
                Condition.of(ConditionField.AGE, Operator.AT_LEAST, "75"),
                Condition.of(ConditionField.RESIDENCE_DIVISION, Operator.WITHIN, first, second),
                Condition.of(ConditionField.LIVING_SITUATION, Operator.NONE_OF, "WITH_CHILDREN")));
        conditions.addAll(List.of(more));
        return store.insertRule(new RuleVersion(0, p.id(), 0, RuleStatus.DRAFT, today.plusMonths(1), null, conditions,
                bands(new AgeBandAmount(75, Money.ofFen(30_00)), new AgeBandAmount(80, Money.ofFen(50_00)),
                        new AgeBandAmount(90, Money.ofFen(100_00))), "75+"), "test", clock.instant());
    }

    private static RuleAmounts bands(AgeBandAmount... bands) {
        return new RuleAmounts(Money.ZERO, List.of(bands), null, null, null, null, null);
    }

    private String name(String code) {
        return divisions.names(List.of(code)).get(code);
    }

    private static Row row(String code, String name, long now, long draft, long gain, long loss, long costNow,
                           long costDraft) {
        return new Row(code, name, now, draft, gain, loss, Money.ofFen(costNow), Money.ofFen(costDraft));
    }
}
