package org.yiyang.benefit;

import java.time.LocalDate;

/** One enrolment of an elder in a programme, open or past; {@code endReason} DECEASED, MOVED_OUT or NOT_ELIGIBLE. */
public record EnrolmentView(long id, long programmeId, String programmeName, ProgrammeKind kind, long elderId,
                            EnrolmentStatus status, LocalDate startDate, LocalDate endDate, String endReason,
                            String decisionNote) {

    public String endReasonKey() {
        return endReason == null ? null : "eligibility.endReason." + endReason;
    }
}
