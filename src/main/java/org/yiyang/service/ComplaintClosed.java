package org.yiyang.service;

import java.time.Instant;

/** A complaint was closed (办结) by the elder's side or a regulator; {@code satisfied} may be unknown (null). */
public record ComplaintClosed(long complaintId, long providerId, String divisionCode, Boolean satisfied,
                              Instant at) {
}
