package org.yiyang.elder.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.yiyang.elder.internal.TestAnswers.GB_T_42195;
import static org.yiyang.elder.internal.TestAnswers.allAtMaximum;
import static org.yiyang.elder.internal.TestAnswers.totalling;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yiyang.elder.CapabilityLevel;
import org.yiyang.elder.internal.ScoredAssessment.AppliedRule;

/** The level-change rules of GB/T 42195-2022 in the details the standard's test cases leave open. */
class LevelChangesTests {

    private static final LocalDate ASSESSED_ON = LocalDate.of(2025, 3, 15);

    @Test
    void comaSettlesTheLevelSoTheOtherRulesAreNotListed() {
        ScoredAssessment result = score(new HealthFacts(true, List.of("F01")), fallsDaysAgo(1, 2));

        assertThat(result.finalLevel()).isEqualTo(CapabilityLevel.TOTAL);
        assertThat(result.rulesApplied()).extracting(AppliedRule::rule).containsExactly(LevelChangeRule.COMA);
    }

    @Test
    void twoRiskEventsOfAnyKindsWithin30DaysRaiseTheLevelOnce() {
        List<RiskEvent> events = List.of(new RiskEvent(RiskEventKind.CHOKING, ASSESSED_ON.minusDays(5)),
                new RiskEvent(RiskEventKind.WANDERING, ASSESSED_ON.minusDays(12)));

        ScoredAssessment result = score(HealthFacts.none(), events);

        assertThat(result.finalLevel()).isEqualTo(CapabilityLevel.MODERATE);
        assertThat(result.rulesApplied()).containsExactly(
                new AppliedRule(LevelChangeRule.RISK_EVENTS, CapabilityLevel.MILD, CapabilityLevel.MODERATE));
    }

    @Test
    void anEventExactlyThirtyDaysBeforeTheAssessmentStillCounts() {
        assertThat(score(HealthFacts.none(), fallsDaysAgo(0, 30)).finalLevel()).isEqualTo(CapabilityLevel.MODERATE);
    }

    @Test
    void eventsAfterTheAssessmentDateDoNotCount() {
        assertThat(score(HealthFacts.none(), fallsDaysAgo(-1, 2)).finalLevel()).isEqualTo(CapabilityLevel.MILD);
    }

    @Test
    void aSingleRiskEventDoesNotCount() {
        assertThat(score(HealthFacts.none(), fallsDaysAgo(2)).finalLevel()).isEqualTo(CapabilityLevel.MILD);
    }

    @ParameterizedTest(name = "{0} raises as {1}")
    @CsvSource({"F00.0*, DEMENTIA", "f03, DEMENTIA", "' F02.8 ', DEMENTIA", "F04, MENTAL_DISORDER",
            "F20.0, MENTAL_DISORDER", "F32.900x001, MENTAL_DISORDER", "F99, MENTAL_DISORDER"})
    void diagnosesInTheFChapterRaiseTheLevelOnceWhateverTheirSubcode(String code, LevelChangeRule rule) {
        ScoredAssessment result = score(HealthFacts.diagnosed(code), List.of());

        assertThat(result.finalLevel()).isEqualTo(CapabilityLevel.MODERATE);
        assertThat(result.rulesApplied()).extracting(AppliedRule::rule).containsExactly(rule);
    }

    @Test
    void dementiaTogetherWithAnotherMentalDisorderRaisesOnceAsDementia() {
        ScoredAssessment result = score(HealthFacts.diagnosed("F32", "F01.1"), List.of());

        assertThat(result.finalLevel()).isEqualTo(CapabilityLevel.MODERATE);
        assertThat(result.rulesApplied()).extracting(AppliedRule::rule).containsExactly(LevelChangeRule.DEMENTIA);
    }

    @Test
    void rejectsADiagnosisCodeThatIsNotAnIcd10Code() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AssessmentScorer.score(GB_T_42195, allAtMaximum(), HealthFacts.diagnosed("dementia"),
                        List.of(), ASSESSED_ON))
                .withMessageContaining("'dementia' is not an ICD-10 code");
    }

    @Test
    void ruleMessageKeysNameTheRule() {
        assertThat(LevelChangeRule.RISK_EVENTS.messageKey()).isEqualTo("elder.rule.RISK_EVENTS");
        assertThat(CapabilityLevel.MODERATE.messageKey()).isEqualTo("elder.level.MODERATE");
        assertThat(CapabilityLevel.SEVERE.worse()).isEqualTo(CapabilityLevel.TOTAL);
        assertThat(CapabilityLevel.TOTAL.worse()).isEqualTo(CapabilityLevel.TOTAL);
    }

    /** Scores a sheet totalling 70 (mildly impaired) with the given facts. */
    private static ScoredAssessment score(HealthFacts health, List<RiskEvent> events) {
        return AssessmentScorer.score(GB_T_42195, totalling(70), health, events, ASSESSED_ON);
    }

    private static List<RiskEvent> fallsDaysAgo(int... days) {
        return Arrays.stream(days).mapToObj(d -> new RiskEvent(RiskEventKind.FALL, ASSESSED_ON.minusDays(d))).toList();
    }
}
