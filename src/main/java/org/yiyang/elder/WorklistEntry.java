package org.yiyang.elder;

import java.time.LocalDate;

/**
 * An elder waiting for an assessment in the assessor's work list (待评估).
 *
 * @param dueOn          the earliest of: registration (never assessed), the routine due date, the first open
 *                       change-of-condition report
 * @param neverAssessed  no completed assessment yet (首次评估)
 * @param routineDue     the latest completed assessment's routine reassessment is due (常规评估)
 * @param changeReported an open change-of-condition report (即时评估)
 * @param draftId        an assessment of the elder already in progress, if any
 */
public record WorklistEntry(long elderId, String name, String divisionCode, String divisionName,
                            CapabilityLevel capabilityLevel, LocalDate lastAssessedOn, LocalDate dueOn,
                            boolean neverAssessed, boolean routineDue, boolean changeReported, Long draftId) {
}
