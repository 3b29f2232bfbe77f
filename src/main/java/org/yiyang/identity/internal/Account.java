package org.yiyang.identity.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.DivisionCode;

/** An account: who may sign in, in which role, for which division. Never deleted, only disabled. */
@Table("identity_account")
class Account {

    @Id
    private Long id;
    private String username;
    private String displayName;
    private String passwordHash;
    private Role role;
    private String divisionCode;
    private boolean enabled;
    private int failedAttempts;
    private Instant lockedUntil;
    private boolean mustChangePassword;
    private String language;
    private boolean elderMode;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    @Version
    private Integer version;

    Account() {
    }

    static Account create(String username, String displayName, String passwordHash, Role role,
                          DivisionCode division, boolean mustChangePassword, String createdBy, Instant now) {
        Account a = new Account();
        a.username = username;
        a.displayName = displayName;
        a.passwordHash = passwordHash;
        a.role = role;
        a.divisionCode = division.value();
        a.enabled = true;
        a.mustChangePassword = mustChangePassword;
        a.createdAt = now;
        a.createdBy = createdBy;
        a.updatedAt = now;
        return a;
    }

    Viewer toViewer() {
        return new Viewer(id, username, displayName, role, DivisionCode.of(divisionCode));
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a wrong password; returns true when this failure locks the account. */
    boolean registerFailedLogin(Instant now, LockoutPolicy policy) {
        if (isLockedAt(now)) {
            return false;
        }
        failedAttempts++;
        updatedAt = now;
        if (failedAttempts >= policy.maxAttempts()) {
            lockedUntil = now.plus(policy.duration());
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    void registerSuccessfulLogin(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        updatedAt = now;
    }

    void disable(Instant now) {
        enabled = false;
        updatedAt = now;
    }

    void enable(Instant now) {
        enabled = true;
        failedAttempts = 0;
        lockedUntil = null;
        updatedAt = now;
    }

    /** An administrator sets a temporary password; the owner must choose a new one at the next sign-in. */
    void resetPassword(String newHash, Instant now) {
        passwordHash = newHash;
        mustChangePassword = true;
        failedAttempts = 0;
        lockedUntil = null;
        updatedAt = now;
    }

    void changePassword(String newHash, Instant now) {
        passwordHash = newHash;
        mustChangePassword = false;
        updatedAt = now;
    }

    void updatePreferences(String languageTag, boolean elder, Instant now) {
        language = languageTag;
        elderMode = elder;
        updatedAt = now;
    }

    Long id() { return id; }
    String username() { return username; }
    String displayName() { return displayName; }
    String passwordHash() { return passwordHash; }
    Role role() { return role; }
    DivisionCode division() { return DivisionCode.of(divisionCode); }
    boolean enabled() { return enabled; }
    int failedAttempts() { return failedAttempts; }
    Instant lockedUntil() { return lockedUntil; }
    boolean mustChangePassword() { return mustChangePassword; }
    String language() { return language; }
    boolean elderMode() { return elderMode; }
}
