package org.yiyang.identity.internal;

/** The SM3 (GB/T 32905) hash that chains one audit record to the one before it. */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);
    private static final char SEPARATOR = '\u001f';
    private static final String NULL = "\u0000";

    private AuditHash() {
    }

    static String of(AuditRecord r) {
        String canonical = String.join(String.valueOf(SEPARATOR),
                Long.toString(r.seq()),
                Long.toString(r.occurredAt().toEpochMilli()),
                nullable(r.actor()), r.action(), r.outcome(), nullable(r.target()), nullable(r.divisionCode()),
                nullable(r.clientIp()), nullable(r.detail()), r.prevHash());
        return Sm3.hex(canonical);
    }

    private static String nullable(String value) {
        return value == null ? NULL : value;
    }
}
