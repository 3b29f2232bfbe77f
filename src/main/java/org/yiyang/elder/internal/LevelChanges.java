package org.yiyang.elder.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yiyang.elder.CapabilityLevel;
import org.yiyang.elder.internal.ScoredAssessment.AppliedRule;

/**
 * Applies a standard's level-change rules to a base level: coma first (it settles the level), then the
 * diagnosis rule, then the risk-event rule, which together raise no more than the standard allows and
 * never beyond the worst level.
 */
final class LevelChanges {

    private LevelChanges() {
    }

    static List<AppliedRule> apply(AssessmentStandard standard, Map<String, Integer> scores, HealthFacts health,
                                   List<RiskEvent> riskEvents, LocalDate assessedOn, CapabilityLevel base) {
        LevelChangeRules rules = standard.levelChangeRules();
        List<AppliedRule> applied = new ArrayList<>();
        if (inComa(rules.coma(), scores, health)) {
            CapabilityLevel coma = rules.coma().level();
            applied.add(new AppliedRule(LevelChangeRule.COMA, base, coma.isWorseThan(base) ? coma : base));
            return applied;
        }
        int budget = rules.maxCombinedRaise();
        CapabilityLevel current = base;
        var diagnosis = rules.diagnoses().firstMatch(health.diagnosisCodes());
        if (diagnosis.isPresent()) {
            int steps = Math.min(rules.diagnoses().raise(), budget);
            budget -= steps;
            applied.add(new AppliedRule(diagnosis.get().rule(), current, worse(current, steps)));
            current = worse(current, steps);
        }
        if (rules.riskEvents().isMetBy(riskEvents, assessedOn)) {
            int steps = Math.min(rules.riskEvents().raise(), budget);
            applied.add(new AppliedRule(LevelChangeRule.RISK_EVENTS, current, worse(current, steps)));
        }
        return applied;
    }

    private static boolean inComa(LevelChangeRules.ComaRule rule, Map<String, Integer> scores, HealthFacts health) {
        return health.coma() || rule.itemScores().contains(scores.get(rule.item()));
    }

    private static CapabilityLevel worse(CapabilityLevel level, int steps) {
        CapabilityLevel result = level;
        for (int i = 0; i < steps; i++) {
            result = result.worse();
        }
        return result;
    }
}
