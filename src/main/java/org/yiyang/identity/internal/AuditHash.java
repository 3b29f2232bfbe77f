package org.yiyang.identity.internal;

/** The SM3 (GB/T 32905) hash that chains one audit record to the one before it. */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    /** Each field is length-prefixed ({@code 5:admin}), null is {@code -}: no two records encode alike. */
    static String of(AuditRecord r) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] {Long.toString(r.seq()), Long.toString(r.occurredAt().toEpochMilli()),
                r.actor(), r.action(), r.outcome(), r.target(), r.divisionCode(), r.clientIp(), r.detail(), r.prevHash()}) {
            canonical.append(field == null ? "-" : field.length() + ":" + field).append('|');
        }
        return Sm3.hex(canonical.toString());
    }
}
