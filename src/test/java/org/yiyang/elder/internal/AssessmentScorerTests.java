package org.yiyang.elder.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.yiyang.elder.internal.TestAnswers.GB_T_42195;
import static org.yiyang.elder.internal.TestAnswers.allAtMaximum;
import static org.yiyang.elder.internal.TestAnswers.totalling;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yiyang.elder.CapabilityLevel;
import org.yiyang.elder.internal.ScoredAssessment.AppliedRule;

class AssessmentScorerTests {

    private static final LocalDate ASSESSED_ON = LocalDate.of(2025, 3, 15);

    @Test
    void allItemsAtMaximumScore90AndAreIntact() {
        ScoredAssessment result = score(allAtMaximum(), HealthFacts.none());

        assertThat(result.total()).isEqualTo(90);
        assertThat(result.subtotals()).containsExactly(
                Map.entry("B1", 32), Map.entry("B2", 15), Map.entry("B3", 28), Map.entry("B4", 15));
        assertThat(result.baseLevel()).isEqualTo(CapabilityLevel.INTACT);
        assertThat(result.finalLevel()).isEqualTo(CapabilityLevel.INTACT);
        assertThat(result.rulesApplied()).isEmpty();
    }

    @Test
    void oneItemOnePointLowerScores89AndIsMildlyImpaired() {
        Map<String, Integer> scores = allAtMaximum();
        scores.put("B4.5", 3);

        ScoredAssessment result = score(scores, HealthFacts.none());

        assertThat(result.total()).isEqualTo(89);
        assertThat(result.subtotals()).containsEntry("B4", 14);
        assertThat(result.finalLevel()).isEqualTo(CapabilityLevel.MILD);
    }

    @ParameterizedTest(name = "total {0} is {1}")
    @CsvSource({"89, MILD", "66, MILD", "65, MODERATE", "46, MODERATE", "45, SEVERE", "30, SEVERE",
            "29, TOTAL", "2, TOTAL"})
    void totalsOnEitherSideOfEachBandBoundaryFallInTheirBands(int total, CapabilityLevel level) {
        ScoredAssessment result = score(totalling(total), HealthFacts.none());

        assertThat(result.total()).isEqualTo(total);
        assertThat(result.baseLevel()).isEqualTo(level);
        assertThat(result.finalLevel()).isEqualTo(level);
    }

    @Test
    void total70WithComaIsTotallyDependent() {
        ScoredAssessment result = score(totalling(70), new HealthFacts(true, List.of()));

        assertThat(result.baseLevel()).isEqualTo(CapabilityLevel.MILD);
        assertThat(result.finalLevel()).isEqualTo(CapabilityLevel.TOTAL);
        assertThat(result.rulesApplied()).containsExactly(
                new AppliedRule(LevelChangeRule.COMA, CapabilityLevel.MILD, CapabilityLevel.TOTAL));
    }

    @Test
    void consciousnessScoredAsStuporOrComaIsTotallyDependent() {
        Map<String, Integer> scores = allAtMaximum();
        scores.put("B3.9", 0);

        ScoredAssessment result = score(scores, HealthFacts.none());

        assertThat(result.total()).isEqualTo(88);
        assertThat(result.baseLevel()).isEqualTo(CapabilityLevel.MILD);
        assertThat(result.finalLevel()).isEqualTo(CapabilityLevel.TOTAL);
        assertThat(result.rulesApplied()).extracting(AppliedRule::rule).containsExactly(LevelChangeRule.COMA);
    }

    @Test
    void total70WithDementiaIsModeratelyImpaired() {
        ScoredAssessment result = score(totalling(70), HealthFacts.diagnosed("F01"));

        assertThat(result.baseLevel()).isEqualTo(CapabilityLevel.MILD);
        assertThat(result.finalLevel()).isEqualTo(CapabilityLevel.MODERATE);
        assertThat(result.rulesApplied()).containsExactly(
                new AppliedRule(LevelChangeRule.DEMENTIA, CapabilityLevel.MILD, CapabilityLevel.MODERATE));
    }

    @Test
    void dementiaAndTwoFallsWithin30DaysRaiseTheLevelOnlyOnce() {
        ScoredAssessment result = score(totalling(70), HealthFacts.diagnosed("F01"), fallsDaysAgo(3, 20));

        assertThat(result.finalLevel()).isEqualTo(CapabilityLevel.MODERATE);
        assertThat(result.rulesApplied()).containsExactly(
                new AppliedRule(LevelChangeRule.DEMENTIA, CapabilityLevel.MILD, CapabilityLevel.MODERATE),
                new AppliedRule(LevelChangeRule.RISK_EVENTS, CapabilityLevel.MODERATE, CapabilityLevel.MODERATE));
    }

    @Test
    void total20WithDementiaIsCappedAtTotallyDependent() {
        ScoredAssessment result = score(totalling(20), HealthFacts.diagnosed("F03"));

        assertThat(result.baseLevel()).isEqualTo(CapabilityLevel.TOTAL);
        assertThat(result.finalLevel()).isEqualTo(CapabilityLevel.TOTAL);
        assertThat(result.rulesApplied()).containsExactly(
                new AppliedRule(LevelChangeRule.DEMENTIA, CapabilityLevel.TOTAL, CapabilityLevel.TOTAL));
    }

    @Test
    void twoEventsThirtyOneDaysApartDoNotCount() {
        ScoredAssessment result = score(totalling(70), HealthFacts.none(), fallsDaysAgo(0, 31));

        assertThat(result.finalLevel()).isEqualTo(CapabilityLevel.MILD);
        assertThat(result.rulesApplied()).isEmpty();
    }

    @Test
    void aDiagnosisOutsideF00ToF99ChangesNothing() {
        ScoredAssessment result = score(totalling(70), HealthFacts.diagnosed("I10", "G30.1", "E11.9"));

        assertThat(result.finalLevel()).isEqualTo(CapabilityLevel.MILD);
        assertThat(result.rulesApplied()).isEmpty();
    }

    @Test
    void keepsTheStandardAndTheNextRoutineAssessmentDate() {
        ScoredAssessment result = score(allAtMaximum(), HealthFacts.none());

        assertThat(result.standardCode()).isEqualTo("GB/T 42195-2022");
        assertThat(result.standardVersion()).isEqualTo("2022");
        assertThat(result.assessedOn()).isEqualTo(ASSESSED_ON);
        assertThat(result.nextRoutineAssessmentDue()).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void rejectsAnUnknownItem() {
        Map<String, Integer> scores = allAtMaximum();
        scores.put("B5.1", 2);

        assertThatIllegalArgumentException().isThrownBy(() -> score(scores, HealthFacts.none()))
                .withMessageContaining("GB/T 42195-2022").withMessageContaining("unknown item B5.1");
    }

    @Test
    void rejectsMissingItems() {
        Map<String, Integer> scores = allAtMaximum();
        scores.remove("B1.1");
        scores.put("B2.4", null);

        assertThatIllegalArgumentException().isThrownBy(() -> score(scores, HealthFacts.none()))
                .withMessageContaining("missing items B1.1, B2.4");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"B1.1, 5", "B2.4, 4", "B3.7, 2", "B3.9, 3", "B4.1, -1"})
    void rejectsAScoreThatIsNotOneOfTheItemsOptions(String item, int score) {
        Map<String, Integer> scores = allAtMaximum();
        scores.put(item, score);

        assertThatIllegalArgumentException().isThrownBy(() -> score(scores, HealthFacts.none()))
                .withMessageContaining("item " + item).withMessageContaining("no option scored " + score);
    }

    private static ScoredAssessment score(Map<String, Integer> scores, HealthFacts health) {
        return score(scores, health, List.of());
    }

    private static ScoredAssessment score(Map<String, Integer> scores, HealthFacts health, List<RiskEvent> events) {
        return AssessmentScorer.score(GB_T_42195, scores, health, events, ASSESSED_ON);
    }

    private static List<RiskEvent> fallsDaysAgo(int... days) {
        return Arrays.stream(days)
                .mapToObj(d -> new RiskEvent(RiskEventKind.FALL, ASSESSED_ON.minusDays(d)))
                .toList();
    }
}
