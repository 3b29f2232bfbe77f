package org.yiyang.identity.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A bearer token for a machine client. Only the SM3 hash of the secret is stored; revoked tokens stay on record. */
@Table("identity_api_token")
class ApiToken {

    @Id
    private Long id;
    private Long accountId;
    private String name;
    private String tokenPrefix;
    private String tokenHash;
    private Instant createdAt;
    private String createdBy;
    private Instant expiresAt;
    private Instant revokedAt;
    private String revokedBy;
    private Instant lastUsedAt;

    ApiToken() {
    }

    static ApiToken issue(long accountId, String name, String secret, Instant expiresAt, String by, Instant now) {
        ApiToken t = new ApiToken();
        t.accountId = accountId;
        t.name = name;
        t.tokenPrefix = secret.substring(0, 10);
        t.tokenHash = Sm3.hex(secret);
        t.createdAt = now;
        t.createdBy = by;
        t.expiresAt = expiresAt;
        return t;
    }

    boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    void revoke(String by, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
        }
    }

    /** Records use at most once a minute, so a busy client does not write on every request. */
    boolean touch(Instant now) {
        if (lastUsedAt == null || lastUsedAt.isBefore(now.minusSeconds(60))) {
            lastUsedAt = now;
            return true;
        }
        return false;
    }

    Long id() { return id; }
    Long accountId() { return accountId; }
    String name() { return name; }
    String tokenPrefix() { return tokenPrefix; }
    Instant createdAt() { return createdAt; }
    String createdBy() { return createdBy; }
    Instant expiresAt() { return expiresAt; }
    Instant revokedAt() { return revokedAt; }
    Instant lastUsedAt() { return lastUsedAt; }
}
