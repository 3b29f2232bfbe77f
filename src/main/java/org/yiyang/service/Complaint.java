package org.yiyang.service;

import java.time.Instant;

/**
 * A complaint (投诉) about a provider, usually about one order. {@code text} may be empty for a complaint a low
 * rating opened (the rating's stars and tags say it). {@code overdue} is true while it is unanswered past
 * {@code dueAt}. {@code elderName} is the name only; no other personal data.
 */
public record Complaint(long id, Long orderId, String offeringName, long providerId, String providerName,
                        String divisionCode, String providerDivision, long elderId, String elderName,
                        ComplaintSource source, String text, Instant openedAt, Instant dueAt,
                        ComplaintStatus status, String response, Instant respondedAt, String respondedByName,
                        Instant escalatedAt, Instant closedAt, String closedByRole, String outcome,
                        Boolean satisfied, boolean overdue) {
}
