package org.yiyang.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.yiyang.identity.AuditTrail;

/**
 * Appends audit records to the SM3 hash chain. The single head row is locked for each append, which
 * orders appends across all application nodes; each append commits on its own, so a denied request
 * whose work is rolled back still leaves its record.
 */
@Service
class ChainedAuditTrail implements AuditTrail {

    private final JdbcClient jdbc;
    private final Clock clock;

    ChainedAuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditEntry entry) {
        var head = jdbc.sql("SELECT last_seq, last_hash FROM identity_audit_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .single();
        long seq = (Long) head[0] + 1;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        AuditRecord unsigned = new AuditRecord(seq, now, cut(entry.actor(), 64), entry.action(),
                entry.outcome().name(), cut(entry.target(), 200), entry.divisionCode(), clientIp(),
                cut(entry.detail(), 1000), (String) head[1], null);
        String hash = AuditHash.of(unsigned);
        jdbc.sql("""
                INSERT INTO identity_audit_event (seq, occurred_at, actor, action, outcome, target, division_code,
                                                  client_ip, detail, prev_hash, hash)
                VALUES (:seq, :at, :actor, :action, :outcome, :target, :division, :ip, :detail, :prev, :hash)""")
                .param("seq", seq)
                .param("at", now.atOffset(ZoneOffset.UTC))
                .param("actor", unsigned.actor())
                .param("action", unsigned.action())
                .param("outcome", unsigned.outcome())
                .param("target", unsigned.target())
                .param("division", unsigned.divisionCode())
                .param("ip", unsigned.clientIp())
                .param("detail", unsigned.detail())
                .param("prev", unsigned.prevHash())
                .param("hash", hash)
                .update();
        jdbc.sql("UPDATE identity_audit_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
                .param("seq", seq).param("hash", hash).update();
    }

    private static String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
