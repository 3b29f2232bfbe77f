package org.yiyang.elder.internal;

import org.yiyang.shared.ChinaTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.elder.ElderAccounts;
import org.yiyang.elder.ElderProblem;
import org.yiyang.elder.ElderSummary;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.AccountDirectory.AccountRef;
import org.yiyang.identity.AuditTrail;
import org.yiyang.identity.AuditTrail.AuditEntry;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;

@Service
@Transactional
class ElderAccountService implements ElderAccounts {

    private final JdbcClient jdbc;
    private final ElderAccess access;
    private final AccountDirectory accounts;
    private final AuditTrail audit;
    private final Clock clock;

    ElderAccountService(JdbcClient jdbc, ElderAccess access, AccountDirectory accounts, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void assign(Viewer staff, long elderId, String username) {
        access.requireStaff(staff, elderId);
        AccountRef account = elderAccount(staff, username);
        Optional<Long> current = currentAccountId(elderId);
        if (current.isPresent() && current.get() == account.id()) {
            return;
        }
        Long taken = jdbc.sql("SELECT elder_id FROM elder_account WHERE account_key = :account")
                .param("account", account.id()).query(Long.class).optional().orElse(null);
        if (taken != null) {
            throw new ElderProblem("username", "family.error.accountTaken");
        }
        current.ifPresent(previous -> {
            endCurrent(staff, elderId);
            record(staff, "ELDER_ACCOUNT_ENDED", elderId, previous);
        });
        jdbc.sql("""
                INSERT INTO elder_account (elder_id, account_id, username, elder_key, account_key, assigned_by, assigned_at)
                VALUES (:elder, :account, :username, :elder, :account, :by, :now)""")
                .param("elder", elderId).param("account", account.id()).param("username", account.username())
                .param("by", staff.username()).param("now", now()).update();
        record(staff, "ELDER_ACCOUNT_ASSIGNED", elderId, account.id());
    }

    @Override
    public void end(Viewer staff, long elderId) {
        access.requireStaff(staff, elderId);
        currentAccountId(elderId).ifPresent(accountId -> {
            endCurrent(staff, elderId);
            record(staff, "ELDER_ACCOUNT_ENDED", elderId, accountId);
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Assignment> current(Viewer staff, long elderId) {
        access.requireStaff(staff, elderId);
        return jdbc.sql("SELECT username, assigned_by, assigned_at FROM elder_account WHERE elder_key = :elder")
                .param("elder", elderId)
                .query((rs, n) -> new Assignment(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ElderSummary> ownElder(Viewer elder) {
        return access.ownElderId(elder).flatMap(id -> access.summary(id, ChinaTime.today(clock)));
    }

    /** An enabled ELDER account inside the staff member's division. */
    private AccountRef elderAccount(Viewer staff, String username) {
        if (username == null || username.isBlank()) {
            throw new ElderProblem("username", "family.error.usernameRequired");
        }
        AccountRef account = accounts.findByUsername(username)
                .filter(a -> a.role() == Role.ELDER)
                .orElseThrow(() -> new ElderProblem("username", "family.error.notElderAccount"));
        if (!account.enabled()) {
            throw new ElderProblem("username", "family.error.accountDisabled");
        }
        if (!staff.mayView(account.division())) {
            throw new ElderProblem("username", "family.error.accountOutOfScope");
        }
        return account;
    }

    private Optional<Long> currentAccountId(long elderId) {
        return jdbc.sql("SELECT account_id FROM elder_account WHERE elder_key = :elder").param("elder", elderId)
                .query(Long.class).optional();
    }

    private void endCurrent(Viewer staff, long elderId) {
        jdbc.sql("""
                UPDATE elder_account SET elder_key = NULL, account_key = NULL, ended_by = :by, ended_at = :now
                WHERE elder_key = :elder""")
                .param("by", staff.username()).param("now", now()).param("elder", elderId).update();
    }

    private void record(Viewer staff, String action, long elderId, long accountId) {
        audit.record(AuditEntry.success(staff.username(), action, "elder:" + elderId)
                .inDivision(access.divisionOf(elderId).map(d -> d.value()).orElse(null))
                .withDetail("account:" + accountId));
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
