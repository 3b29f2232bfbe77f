package org.yiyang.elder.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yiyang.elder.internal.TestAnswers.GB_T_42195;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.yiyang.elder.CapabilityLevel;
import org.yiyang.elder.internal.AssessmentStandard.Item;
import org.yiyang.elder.internal.AssessmentStandard.LevelBand;
import org.yiyang.elder.internal.ScoredAssessment.AppliedRule;

class AssessmentScorerProperties {

    private static final LocalDate ASSESSED_ON = LocalDate.of(2025, 6, 30);
    private static final List<Item> ITEMS = GB_T_42195.items().toList();

    record Case(Map<String, Integer> scores, HealthFacts health, List<RiskEvent> events) {

        ScoredAssessment score() {
            return AssessmentScorer.score(GB_T_42195, scores, health, events, ASSESSED_ON);
        }
    }

    @Property
    void totalIsTheSumOfTheSubtotalsAndLiesBetween0And90(@ForAll("cases") Case c) {
        ScoredAssessment result = c.score();

        assertThat(result.subtotals().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(result.total());
        assertThat(result.total()).isBetween(0, 90);
        assertThat(result.total()).isEqualTo(c.scores().values().stream().mapToInt(Integer::intValue).sum());
    }

    @Property
    void baseLevelIsTheLevelOfTheOneBandTheTotalFallsIn(@ForAll("cases") Case c) {
        ScoredAssessment result = c.score();

        List<LevelBand> bands = GB_T_42195.levelBands().stream()
                .filter(b -> b.minTotal() <= result.total() && result.total() <= b.maxTotal())
                .toList();
        assertThat(bands).hasSize(1);
        assertThat(result.baseLevel()).isEqualTo(bands.get(0).level());
    }

    @Property
    void raisingAnySingleItemsScoreNeverMakesTheBaseLevelWorse(@ForAll("answers") Map<String, Integer> scores,
                                                              @ForAll("itemIndexes") int index,
                                                              @ForAll @IntRange(max = 100) int pick) {
        Item item = ITEMS.get(index);
        List<Integer> higher = item.scores().stream().filter(s -> s > scores.get(item.code())).toList();
        Map<String, Integer> raised = new HashMap<>(scores);
        if (!higher.isEmpty()) {
            raised.put(item.code(), higher.get(pick % higher.size()));
        }

        ScoredAssessment before = new Case(scores, HealthFacts.none(), List.of()).score();
        ScoredAssessment after = new Case(raised, HealthFacts.none(), List.of()).score();

        assertThat(after.total()).isGreaterThanOrEqualTo(before.total());
        assertThat(after.baseLevel().isWorseThan(before.baseLevel())).isFalse();
    }

    @Property
    void rulesNeverMakeTheFinalLevelBetterThanTheBaseLevel(@ForAll("cases") Case c) {
        ScoredAssessment result = c.score();

        assertThat(result.baseLevel().isWorseThan(result.finalLevel())).isFalse();
        for (AppliedRule rule : result.rulesApplied()) {
            assertThat(rule.before().isWorseThan(rule.after())).isFalse();
        }
    }

    @Property
    void finalLevelIsAtMostOneLevelWorseThanTheBaseLevelUnlessInComa(@ForAll("cases") Case c) {
        ScoredAssessment result = c.score();
        boolean coma = result.rulesApplied().stream().anyMatch(r -> r.rule() == LevelChangeRule.COMA);

        if (coma) {
            assertThat(result.finalLevel()).isEqualTo(CapabilityLevel.TOTAL);
            assertThat(c.health().coma() || c.scores().get("B3.9") == 0).isTrue();
        } else {
            assertThat(result.finalLevel().ordinal() - result.baseLevel().ordinal()).isBetween(0, 1);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(answers(), healthFacts(), riskEvents()).as(Case::new);
    }

    /** Any option per item; the combination's edge cases would be a cross product, so the best and worst sheets stand in. */
    @Provide
    Arbitrary<Map<String, Integer>> answers() {
        List<Arbitrary<Integer>> perItem = ITEMS.stream().map(i -> Arbitraries.of(i.scores())).toList();
        Arbitrary<Map<String, Integer>> any = Combinators.combine(perItem).as(chosen -> {
            Map<String, Integer> scores = new LinkedHashMap<>();
            for (int i = 0; i < ITEMS.size(); i++) {
                scores.put(ITEMS.get(i).code(), chosen.get(i));
            }
            return scores;
        }).withoutEdgeCases();
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(TestAnswers.allAtMaximum())),
                Tuple.of(1, Arbitraries.just(allAtMinimum())),
                Tuple.of(18, any));
    }

    private static Map<String, Integer> allAtMinimum() {
        Map<String, Integer> scores = new LinkedHashMap<>();
        ITEMS.forEach(i -> scores.put(i.code(), i.scores().stream().min(Integer::compare).orElseThrow()));
        return scores;
    }

    @Provide
    Arbitrary<Integer> itemIndexes() {
        return Arbitraries.integers().between(0, ITEMS.size() - 1);
    }

    private Arbitrary<HealthFacts> healthFacts() {
        Arbitrary<Boolean> coma = Arbitraries.frequency(Tuple.of(9, false), Tuple.of(1, true));
        Arbitrary<List<String>> diagnoses = Arbitraries.of("F00.1", "F01", "F03", "F10.2", "F20", "F32.9", "F99",
                "G30", "I10", "E11.9", "J44").list().ofMaxSize(3);
        return Combinators.combine(coma, diagnoses).as(HealthFacts::new);
    }

    private Arbitrary<List<RiskEvent>> riskEvents() {
        Arbitrary<RiskEvent> event = Combinators.combine(
                        Arbitraries.of(RiskEventKind.class), Arbitraries.integers().between(-5, 60))
                .as((kind, daysAgo) -> new RiskEvent(kind, ASSESSED_ON.minusDays(daysAgo)));
        return event.list().ofMaxSize(5);
    }
}
