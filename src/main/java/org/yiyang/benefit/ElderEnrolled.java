package org.yiyang.benefit;

import java.time.LocalDate;

/**
 * A regulator approved an elder's proposed enrolment, which is now active. Enrolments an eligibility run makes
 * itself are announced together by {@link EligibilityRunCompleted}, not one by one.
 */
public record ElderEnrolled(long elderId, long programmeId, long enrolmentId, LocalDate startDate) {
}
