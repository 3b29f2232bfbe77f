package org.yiyang.identity.internal;

import java.time.Clock;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.identity.AuditTrail;
import org.yiyang.identity.AuditTrail.AuditEntry;
import org.yiyang.identity.Viewer;

/** What a signed-in person does with their own account: change the password, keep preferences. */
@Service
@Transactional
public class OwnAccount {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;

    OwnAccount(AccountRepository accounts, PasswordEncoder passwords, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    public void changePassword(Viewer viewer, String currentPassword, String newPassword) {
        Account account = accounts.findById(viewer.accountId()).orElseThrow(AccountProblem::notFound);
        if (!passwords.matches(currentPassword, account.passwordHash())) {
            audit.record(AuditEntry.failure(viewer.username(), "PASSWORD_CHANGE", "account:" + account.id(),
                    "wrong current password"));
            throw AccountProblem.wrongCurrentPassword();
        }
        PasswordPolicy.violation(account.username(), newPassword)
                .ifPresent(key -> { throw AccountProblem.on("newPassword", key); });
        if (passwords.matches(newPassword, account.passwordHash())) {
            throw AccountProblem.on("newPassword", "identity.password.sameAsOld");
        }
        account.changePassword(passwords.encode(newPassword), clock.instant());
        accounts.save(account);
        audit.record(AuditEntry.success(viewer.username(), "PASSWORD_CHANGED", "account:" + account.id()));
    }

    public boolean mustChangePassword(Viewer viewer) {
        return accounts.findById(viewer.accountId()).map(Account::mustChangePassword).orElse(false);
    }

    void savePreferences(long accountId, String languageTag, boolean elderMode) {
        accounts.findById(accountId).ifPresent(account -> {
            account.updatePreferences(languageTag, elderMode, clock.instant());
            accounts.save(account);
        });
    }

    @Transactional(readOnly = true)
    java.util.Optional<Account> find(long accountId) {
        return accounts.findById(accountId);
    }
}
