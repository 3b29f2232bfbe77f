package org.yiyang.service;

/** OPEN → EXPLAINED (by the provider) → ACCEPTED or REJECTED (by the regulator). */
public enum VisitReviewStatus {
    OPEN, EXPLAINED, ACCEPTED, REJECTED;

    public String messageKey() {
        return "visit.review." + name();
    }
}
