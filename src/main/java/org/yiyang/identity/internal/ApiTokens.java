package org.yiyang.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.identity.AuditTrail;
import org.yiyang.identity.AuditTrail.AuditEntry;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;

/** Issuing, revoking and checking API tokens for machine clients (call-centre systems, devices, other platforms). */
@Service
@Transactional
public class ApiTokens {

    static final String PREFIX = "yy_";
    private static final Pattern WELL_FORMED = Pattern.compile("yy_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final AccountRepository accounts;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, AccountRepository accounts, AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record IssuedToken(long id, String secret) {
    }

    public record TokenSummary(long id, String name, String tokenPrefix, String username, Role role, Instant createdAt,
                               String createdBy, Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {
        public boolean active(Instant now) {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
        }
    }

    /** Issues a token for an account in the admin's division. The secret is shown once and never stored. */
    public IssuedToken issue(Viewer admin, String username, String name, Integer validDays) {
        Account account = accounts.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> AccountProblem.on("username", "identity.account.notFound"));
        admin.requireWithin(account.division());
        if (name == null || name.isBlank()) {
            throw AccountProblem.on("name", "identity.token.nameRequired");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        Instant expires = validDays == null || validDays <= 0 ? null : now.plus(java.time.Duration.ofDays(validDays));
        ApiToken token = tokens.save(ApiToken.issue(account.id(), name.strip(), secret, expires, admin.username(), now));
        audit.record(AuditEntry.success(admin.username(), "API_TOKEN_ISSUED", "token:" + token.id())
                .inDivision(account.division().value()).withDetail("for account:" + account.id()));
        return new IssuedToken(token.id(), secret);
    }

    public void revoke(Viewer admin, long tokenId) {
        ApiToken token = tokens.findById(tokenId).orElseThrow(() -> AccountProblem.on(null, "identity.token.notFound"));
        Account account = accounts.findById(token.accountId()).orElseThrow(AccountProblem::notFound);
        admin.requireWithin(account.division());
        token.revoke(admin.username(), clock.instant());
        tokens.save(token);
        audit.record(AuditEntry.success(admin.username(), "API_TOKEN_REVOKED", "token:" + token.id())
                .inDivision(account.division().value()));
    }

    @Transactional(readOnly = true)
    public List<TokenSummary> list(Viewer admin, int page, int size) {
        return admin.scope().bind(jdbc.sql("""
                        SELECT t.id, t.name, t.token_prefix, a.username, a.role, t.created_at, t.created_by,
                               t.expires_at, t.revoked_at, t.last_used_at
                        FROM identity_api_token t JOIN identity_account a ON a.id = t.account_id
                        WHERE %s ORDER BY t.id DESC LIMIT :limit OFFSET :offset"""
                        .formatted(admin.scope().where("a.division_code"))))
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new TokenSummary(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
                        rs.getString("username"), Role.valueOf(rs.getString("role")), instant(rs, "created_at"),
                        rs.getString("created_by"), instant(rs, "expires_at"), instant(rs, "revoked_at"),
                        instant(rs, "last_used_at")))
                .list();
    }

    /** Why a presented token was refused, or the account it authenticates. */
    sealed interface Check permits Accepted, Refused {
    }

    record Accepted(AccountPrincipal principal, long tokenId) implements Check {
    }

    record Refused(String messageKey) implements Check {
    }

    Check check(String presented) {
        if (presented == null || !WELL_FORMED.matcher(presented).matches()) {
            return new Refused("identity.api.tokenMalformed");
        }
        Instant now = clock.instant();
        Optional<ApiToken> found = tokens.findByTokenHash(Sm3.hex(presented));
        if (found.isEmpty() || !found.get().usableAt(now)) {
            return new Refused("identity.api.tokenInvalid");
        }
        ApiToken token = found.get();
        Optional<Account> account = accounts.findById(token.accountId());
        if (account.isEmpty() || !account.get().enabled()) {
            return new Refused("identity.api.tokenInvalid");
        }
        if (token.touch(now)) {
            tokens.save(token);
        }
        AccountPrincipal principal = AccountPrincipal.of(account.get(), false);
        principal.eraseCredentials();
        return new Accepted(principal, token.id());
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
