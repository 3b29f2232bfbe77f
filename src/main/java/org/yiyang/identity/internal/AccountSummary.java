package org.yiyang.identity.internal;

import java.time.Instant;

import org.yiyang.identity.Role;

/** One row of the account list. */
public record AccountSummary(long id, String username, String displayName, Role role, String divisionCode,
                             String divisionName, boolean enabled, Instant lockedUntil, Instant createdAt) {

    AccountSummary withDivisionName(String name) {
        return new AccountSummary(id, username, displayName, role, divisionCode, name, enabled, lockedUntil, createdAt);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
