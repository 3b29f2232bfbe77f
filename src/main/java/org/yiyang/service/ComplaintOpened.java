package org.yiyang.service;

import java.time.Instant;

/** A complaint was opened against a provider; it must be answered by {@code dueAt}. */
public record ComplaintOpened(long complaintId, Long orderId, long providerId, String divisionCode,
                              String providerDivision, ComplaintSource source, Instant openedAt, Instant dueAt) {
}
