package org.yiyang.elder;

import java.time.LocalDate;

/**
 * A reported change of condition (情况变化): it makes a reassessment (即时评估) due at once and stays open
 * until the elder's next completed assessment.
 */
public record ConditionChange(long id, long elderId, String note, LocalDate reportedOn, String reportedBy,
                              Long resolvedByAssessment) {

    public boolean open() {
        return resolvedByAssessment == null;
    }
}
