package org.yiyang.identity.internal;

import java.time.Instant;

/** One stored audit record, as it is hashed and shown. */
public record AuditRecord(long seq, Instant occurredAt, String actor, String action, String outcome, String target,
                          String divisionCode, String clientIp, String detail, String prevHash, String hash) {
}
