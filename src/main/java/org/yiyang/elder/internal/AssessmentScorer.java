package org.yiyang.elder.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.yiyang.elder.CapabilityLevel;
import org.yiyang.elder.internal.AssessmentStandard.Dimension;
import org.yiyang.elder.internal.AssessmentStandard.Item;

/**
 * Scores an assessment under a standard: subtotals, total, the level of the total's band and the level
 * after the level-change rules. A pure function of its arguments.
 */
final class AssessmentScorer {

    private AssessmentScorer() {
    }

    /**
     * @param scores     the chosen option's score per item code; every item of the standard, nothing else
     * @param riskEvents care-risk events reported for the elder; those outside the rule's window are ignored
     * @throws IllegalArgumentException if an item is unknown or missing, or a score is not one of the item's options
     */
    static ScoredAssessment score(AssessmentStandard standard, Map<String, Integer> scores, HealthFacts health,
                                  List<RiskEvent> riskEvents, LocalDate assessedOn) {
        Objects.requireNonNull(health, "health facts");
        Objects.requireNonNull(riskEvents, "risk events");
        Objects.requireNonNull(assessedOn, "assessment date");
        requireAnswersFit(standard, scores);
        health.diagnosisCodes().forEach(LevelChangeRules.DiagnosisRule::category); // rejects malformed codes

        Map<String, Integer> subtotals = new LinkedHashMap<>();
        for (Dimension dimension : standard.dimensions()) {
            subtotals.put(dimension.code(), dimension.items().stream().mapToInt(i -> scores.get(i.code())).sum());
        }
        int total = subtotals.values().stream().mapToInt(Integer::intValue).sum();
        CapabilityLevel base = standard.levelFor(total);
        List<ScoredAssessment.AppliedRule> applied =
                LevelChanges.apply(standard, scores, health, riskEvents, assessedOn, base);
        CapabilityLevel last = applied.isEmpty() ? base : applied.get(applied.size() - 1).after();

        return new ScoredAssessment(standard.code(), standard.version(), subtotals, total, base, last, applied,
                assessedOn, assessedOn.plusMonths(standard.reassessmentIntervalMonths()));
    }

    private static void requireAnswersFit(AssessmentStandard standard, Map<String, Integer> scores) {
        Objects.requireNonNull(scores, "scores");
        List<String> problems = new ArrayList<>();
        for (String code : scores.keySet()) {
            if (standard.item(code).isEmpty()) {
                problems.add("unknown item " + code);
            }
        }
        List<Item> items = standard.items().toList();
        String missing = items.stream().map(Item::code).filter(code -> scores.get(code) == null)
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            problems.add("missing items " + missing);
        }
        for (Item item : items) {
            Integer score = scores.get(item.code());
            if (score != null && !item.allows(score)) {
                problems.add("item " + item.code() + " (" + item.name().in("zh") + ") has no option scored "
                        + score + ", only " + item.scores());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(
                    "Answers do not fit standard " + standard + ": " + String.join("; ", problems));
        }
    }
}
