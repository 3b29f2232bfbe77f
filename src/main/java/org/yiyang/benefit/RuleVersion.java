package org.yiyang.benefit;

import java.time.LocalDate;
import java.util.List;

/** One version of a programme's rules: conditions, amounts and the dates it is in effect (effectiveTo inclusive). */
public record RuleVersion(long id, long programmeId, int version, RuleStatus status, LocalDate effectiveFrom,
                          LocalDate effectiveTo, List<Condition> conditions, RuleAmounts amounts, String note) {

    public RuleVersion {
        conditions = List.copyOf(conditions);
    }

    public boolean inEffectOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}
