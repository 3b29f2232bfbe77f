package org.yiyang.service;

import java.time.Instant;

/** The provider answered a complaint; {@code late} when it had already been escalated. */
public record ComplaintAnswered(long complaintId, long providerId, String divisionCode, boolean late, Instant at) {
}
