package org.yiyang.service;

import java.time.Instant;

/** A complaint passed its response deadline unanswered and went to the regulators' queue (credit scoring listens). */
public record ComplaintEscalated(long complaintId, long providerId, String divisionCode, String providerDivision,
                                 Instant dueAt, Instant escalatedAt) {
}
