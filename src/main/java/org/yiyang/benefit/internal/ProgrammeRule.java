package org.yiyang.benefit.internal;

import java.util.List;

import org.yiyang.benefit.Condition;
import org.yiyang.benefit.ConditionField;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.RuleVersion;

/** An active programme with the published rule in effect on a run's day. */
record ProgrammeRule(Programme programme, RuleVersion rule) {

    /** Programmes the rule tests membership of ({@code PROGRAMME} conditions), either way. */
    List<Long> referencedProgrammes() {
        return programmeIds(null);
    }

    /** Programmes the rule excludes: an elder ACTIVE in one of them is not eligible (不得同时享受). */
    List<Long> excludedProgrammes() {
        return programmeIds(ConditionField.Operator.NONE_OF);
    }

    private List<Long> programmeIds(ConditionField.Operator operator) {
        return rule.conditions().stream()
                .filter(c -> c.field() == ConditionField.PROGRAMME && (operator == null || c.operator() == operator))
                .map(Condition::values).flatMap(List::stream).map(Long::valueOf).distinct().toList();
    }
}
