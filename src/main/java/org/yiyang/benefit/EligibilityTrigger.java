package org.yiyang.benefit;

/** What started an eligibility run: the nightly schedule, a change to one elder's record, or a person. */
public enum EligibilityTrigger {
    NIGHTLY, EVENT, MANUAL;

    public String messageKey() {
        return "eligibility.trigger." + name();
    }
}
