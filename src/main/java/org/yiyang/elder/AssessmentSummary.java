package org.yiyang.elder;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An assessment as a timeline or a list shows it.
 *
 * @param current whether this is the latest completed assessment, the one that sets the elder's level
 */
public record AssessmentSummary(long id, long elderId, String elderName, String divisionName, AssessmentStatus status,
                                AssessmentReason reason, LocalDate assessedOn, String standardCode,
                                String standardVersion, Integer total, CapabilityLevel finalLevel, String assessor1,
                                String assessor2, LocalDate nextDue, String voidReason, Instant updatedAt,
                                boolean current) {
}
