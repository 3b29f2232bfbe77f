package org.yiyang.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.identity.AuditTrail;
import org.yiyang.identity.AuditTrail.AuditEntry;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.region.DivisionNotFound;
import org.yiyang.region.DivisionScope;
import org.yiyang.shared.DivisionCode;

/** Creating, disabling and resetting accounts, always within the acting administrator's division. */
@Service
@Transactional
public class AccountAdministration {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final DivisionDirectory divisions;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    AccountAdministration(AccountRepository accounts, PasswordEncoder passwords, DivisionDirectory divisions,
                          AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.divisions = divisions;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record NewAccount(String username, String displayName, Role role, String divisionCode, String password) {
    }

    public long create(Viewer admin, NewAccount request) {
        String username = request.username().strip().toLowerCase(java.util.Locale.ROOT);
        DivisionCode division = requireDivision(request.divisionCode());
        admin.requireWithin(division);
        PasswordPolicy.violation(username, request.password())
                .ifPresent(key -> { throw AccountProblem.on("password", key); });
        if (accounts.findByUsername(username).isPresent()) {
            throw AccountProblem.usernameTaken();
        }
        Account account = accounts.save(Account.create(username, request.displayName().strip(),
                passwords.encode(request.password()), request.role(), division, true, admin.username(),
                clock.instant()));
        audit.record(AuditEntry.success(admin.username(), "ACCOUNT_CREATED", "account:" + account.id())
                .inDivision(division.value()).withDetail("role=" + request.role()));
        return account.id();
    }

    public void disable(Viewer admin, long accountId) {
        Account account = managed(admin, accountId);
        if (account.id() == admin.accountId()) {
            throw AccountProblem.cannotDisableSelf();
        }
        account.disable(clock.instant());
        accounts.save(account);
        audit(admin, "ACCOUNT_DISABLED", account);
    }

    public void enable(Viewer admin, long accountId) {
        Account account = managed(admin, accountId);
        account.enable(clock.instant());
        accounts.save(account);
        audit(admin, "ACCOUNT_ENABLED", account);
    }

    public void resetPassword(Viewer admin, long accountId, String temporaryPassword) {
        Account account = managed(admin, accountId);
        PasswordPolicy.violation(account.username(), temporaryPassword)
                .ifPresent(key -> { throw AccountProblem.on("password", key); });
        account.resetPassword(passwords.encode(temporaryPassword), clock.instant());
        accounts.save(account);
        audit(admin, "ACCOUNT_PASSWORD_RESET", account);
    }

    /** The accounts in {@code scope} (already narrowed to the viewer's division), newest first. */
    @Transactional(readOnly = true)
    public List<AccountSummary> list(DivisionScope scope, String query, int page, int size) {
        List<AccountSummary> rows = scope.bind(jdbc.sql("""
                        SELECT a.id, a.username, a.display_name, a.role, a.division_code, a.enabled,
                               a.locked_until, a.created_at
                        FROM identity_account a
                        WHERE %s AND (a.username LIKE :q OR a.display_name LIKE :q)
                        ORDER BY a.created_at DESC, a.id DESC
                        LIMIT :limit OFFSET :offset""".formatted(scope.where("a.division_code"))))
                .param("q", "%" + query.strip() + "%")
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> new AccountSummary(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                        rs.getString("division_code"), null, rs.getBoolean("enabled"),
                        instant(rs.getObject("locked_until", OffsetDateTime.class)),
                        instant(rs.getObject("created_at", OffsetDateTime.class))))
                .list();
        Map<String, String> names = divisions.names(rows.stream().map(AccountSummary::divisionCode).toList());
        return rows.stream().map(r -> r.withDivisionName(names.get(r.divisionCode()))).toList();
    }

    @Transactional(readOnly = true)
    public long count(DivisionScope scope, String query) {
        return scope.bind(jdbc.sql("SELECT COUNT(*) FROM identity_account a WHERE " + scope.where("a.division_code")
                        + " AND (a.username LIKE :q OR a.display_name LIKE :q)"))
                .param("q", "%" + query.strip() + "%")
                .query(Long.class).single();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private Account managed(Viewer admin, long accountId) {
        Account account = accounts.findById(accountId).orElseThrow(AccountProblem::notFound);
        admin.requireWithin(account.division());
        return account;
    }

    private DivisionCode requireDivision(String code) {
        try {
            return divisions.require(code).divisionCode();
        } catch (DivisionNotFound e) {
            throw AccountProblem.on("divisionCode", e.messageKey());
        }
    }

    private void audit(Viewer admin, String action, Account account) {
        audit.record(AuditEntry.success(admin.username(), action, "account:" + account.id())
                .inDivision(account.division().value()));
    }
}
