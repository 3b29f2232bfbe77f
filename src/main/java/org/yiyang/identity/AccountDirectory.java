package org.yiyang.identity;

import java.util.List;
import java.util.Optional;

import org.yiyang.shared.DivisionCode;

/**
 * Looks up accounts by username for other modules, for example to tie an {@link Role#ELDER} account to the
 * elder's record. Answers only what such a decision needs; never password or personal data.
 */
public interface AccountDirectory {

    /** The account with this username (case-insensitive), if any. */
    Optional<AccountRef> findByUsername(String username);

    /**
     * The enabled accounts of this role set up at exactly this division (not below it), for a module that must tell
     * a division's desk something (an alarm escalated to the league's hotline); at most 200.
     */
    List<Long> enabledAccountsAt(DivisionCode division, Role role);

    /** An account as other modules may see it. */
    record AccountRef(long id, String username, String displayName, Role role, DivisionCode division,
                      boolean enabled) {
    }
}
