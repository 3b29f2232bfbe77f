package org.yiyang.benefit;

/** What an eligibility run does with a newly eligible elder: enrol at once, or propose for a regulator's approval. */
public enum EnrolmentMode {
    AUTOMATIC, PROPOSED;

    public String messageKey() {
        return "benefit.mode." + name();
    }
}
