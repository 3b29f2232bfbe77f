package org.yiyang.elder;

/** A draft is saved as often as needed; a completed assessment is final and may only be voided with a reason. */
public enum AssessmentStatus {
    DRAFT, COMPLETED, VOIDED;

    public String messageKey() {
        return "assessment.status." + name();
    }
}
