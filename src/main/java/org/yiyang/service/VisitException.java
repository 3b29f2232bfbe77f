package org.yiyang.service;

import java.time.Instant;

import org.yiyang.shared.ServiceItem;

/**
 * A visit that fell outside the tolerances (异常签到): what was measured against what was allowed (metres or
 * minutes), the provider's explanation and the regulator's review.
 */
public record VisitException(long id, long orderId, String divisionCode, long providerId, String providerName,
                             String elderName, ServiceItem item, Instant scheduledStart, String workerName,
                             VisitExceptionKind kind, String phase, Integer measured, Integer allowed,
                             Instant raisedAt, VisitReasonCode reasonCode, String explanation, Instant explainedAt,
                             String explainedBy, VisitReviewStatus reviewStatus, Instant reviewedAt,
                             String reviewedBy, String reviewNote) {

    public boolean explainable() {
        return reviewStatus == VisitReviewStatus.OPEN || reviewStatus == VisitReviewStatus.EXPLAINED;
    }

    public boolean reviewable() {
        return reviewStatus == VisitReviewStatus.EXPLAINED;
    }
}
