package org.yiyang.benefit;

import java.time.LocalDate;

/**
 * An eligibility run committed. Its new enrolments are those of {@code benefit_enrolment} with this run's id, all
 * with an id above {@code enrolmentsBefore} (the highest id when the run started); {@code elderId} is set for a run
 * about one elder.
 */
public record EligibilityRunCompleted(long runId, LocalDate asOf, Long elderId, long newlyEligible, long noLonger,
                                      long enrolmentsBefore) {
}
