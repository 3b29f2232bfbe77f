package org.yiyang.benefit;

import java.time.LocalDate;
import java.util.List;

/**
 * Why an elder is or is not eligible for a programme on {@code asOf}: every condition of the rule in effect, the
 * elder's value and whether it holds. {@code enrolment} is the elder's open enrolment status, null when none.
 */
public record EligibilityExplanation(long elderId, String elderName, long programmeId, String programmeName,
                                     ProgrammeKind kind, long ruleId, int ruleVersion, LocalDate asOf,
                                     boolean eligible, EnrolmentStatus enrolment, List<ConditionOutcome> conditions) {

    public EligibilityExplanation {
        conditions = List.copyOf(conditions);
    }
}
