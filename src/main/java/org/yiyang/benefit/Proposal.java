package org.yiyang.benefit;

import java.time.LocalDate;

/** An elder a run found eligible for a programme that enrols by approval, waiting for a regulator's decision. */
public record Proposal(long enrolmentId, long elderId, String elderName, int age, String divisionCode,
                       String divisionName, LocalDate proposedOn) {
}
