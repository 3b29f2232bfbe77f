package org.yiyang.elder;

import java.util.List;
import java.util.Optional;

import org.yiyang.identity.Viewer;
import org.yiyang.shared.Language;

/**
 * Capability assessments (老年人能力评估) under a versioned standard, the module's public API for them.
 * Assessors (评估员) start, save and complete assessments of the elders within their division; regulators
 * read them. An elder or assessment outside the viewer's division is "not found". Completing an assessment
 * sets the elder's capability level to the final level of their latest completed assessment and publishes
 * {@link CapabilityLevelChanged} when that level changes.
 */
public interface CapabilityAssessments {

    /** The form of a standard in {@code language}; texts the definition lacks in that language are Chinese. */
    AssessmentSheet sheet(String standardCode, String standardVersion, Language language);

    /**
     * Starts a draft under the current standard, or returns the elder's draft already in progress (so a
     * retried request starts nothing twice). Only for an active elder.
     */
    long startDraft(Viewer viewer, long elderId);

    Optional<Assessment> find(Viewer viewer, long assessmentId);

    /** Saves a draft as it is, partial answers included; returns the new version. */
    int saveDraft(Viewer viewer, long assessmentId, AssessmentDraft draft);

    /**
     * Saves and completes a draft: every item answered, two different assessors (both assessor accounts able to
     * act for the elder, one of them the viewer), a date not in the future, a place. Scores it under the
     * draft's standard. Refused with every problem found, changing nothing.
     */
    Assessment complete(Viewer viewer, long assessmentId, AssessmentDraft draft);

    /** Voids a draft or completed assessment with a reason; the elder's level follows the remaining ones. */
    void voidAssessment(Viewer viewer, long assessmentId, String reason);

    /** All assessments of the elder, newest first, the one setting the current level marked. */
    List<AssessmentSummary> timeline(Viewer viewer, long elderId);

    /** Assessments in the viewer's division with {@code status}, most recently changed first. */
    AssessmentPage list(Viewer viewer, AssessmentStatus status, int page, int size);

    /** Reports a change of condition (情况变化): a reassessment of the elder falls due at once. */
    long reportChangeOfCondition(Viewer viewer, long elderId, String note);

    /** The elder's change-of-condition reports, newest first. */
    List<ConditionChange> conditionChanges(Viewer viewer, long elderId);

    /**
     * Elders of the viewer's division waiting for an assessment: never assessed, routine reassessment due, or a
     * change of condition reported; oldest due first.
     */
    Worklist worklist(Viewer viewer, int page, int size);
}
