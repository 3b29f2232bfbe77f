package org.yiyang.elder.internal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yiyang.elder.CapabilityLevel;

/**
 * The result of scoring one assessment under one standard.
 *
 * @param subtotals    subtotal per dimension code, in the standard's order
 * @param baseLevel    the level of the band the total falls in (变更前等级)
 * @param finalLevel   the level after the level-change rules (最终等级)
 * @param rulesApplied the rules that matched, in the order applied; a rule may match without changing the level
 *                     (capped at the worst level, or the combined raise already used up)
 * @param nextRoutineAssessmentDue when a routine reassessment (常规评估) is due
 */
record ScoredAssessment(String standardCode, String standardVersion, Map<String, Integer> subtotals, int total,
                        CapabilityLevel baseLevel, CapabilityLevel finalLevel, List<AppliedRule> rulesApplied,
                        LocalDate assessedOn, LocalDate nextRoutineAssessmentDue) {

    ScoredAssessment {
        subtotals = Collections.unmodifiableMap(new LinkedHashMap<>(subtotals));
        rulesApplied = List.copyOf(rulesApplied);
    }

    /** A level-change rule that matched, with the level before and after it. */
    record AppliedRule(LevelChangeRule rule, CapabilityLevel before, CapabilityLevel after) {

        String messageKey() {
            return rule.messageKey();
        }
    }
}
