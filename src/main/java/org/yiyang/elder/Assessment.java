package org.yiyang.elder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One capability assessment (能力评估) as recorded: what was entered and, once completed, the result.
 *
 * @param divisionCode  where the elder lived when the assessment was started
 * @param subtotals     subtotal per dimension code in the standard's order; empty until completed
 * @param baseLevel     the level of the band the total falls in (变更前等级); {@code null} until completed
 * @param finalLevel    the level after the level-change rules (最终等级); {@code null} until completed
 * @param nextDue       when a routine reassessment (常规评估) falls due; {@code null} until completed
 * @param version       grows with every save; a save names the version it started from
 */
public record Assessment(long id, long elderId, String divisionCode, String standardCode, String standardVersion,
                         AssessmentStatus status, AssessmentReason reason, LocalDate assessedOn, String place,
                         String assessor1, String assessor2, Map<String, Integer> answers, HealthRecord health,
                         List<RiskEventReport> riskEvents, Map<String, Integer> subtotals, Integer total,
                         CapabilityLevel baseLevel, CapabilityLevel finalLevel, List<AppliedLevelRule> rulesApplied,
                         LocalDate nextDue, Instant completedAt, String completedBy, Instant voidedAt,
                         String voidedBy, String voidReason, Instant createdAt, String createdBy, Instant updatedAt,
                         String updatedBy, int version) {

    public Assessment {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        subtotals = Collections.unmodifiableMap(new LinkedHashMap<>(subtotals));
        riskEvents = List.copyOf(riskEvents);
        rulesApplied = List.copyOf(rulesApplied);
    }

    public boolean isDraft() {
        return status == AssessmentStatus.DRAFT;
    }

    public boolean isCompleted() {
        return status == AssessmentStatus.COMPLETED;
    }

    /** What the form shows to go on with the assessment. */
    public AssessmentDraft toDraft() {
        return new AssessmentDraft(reason, assessedOn, place, assessor1, assessor2, answers, health, riskEvents,
                version);
    }
}
