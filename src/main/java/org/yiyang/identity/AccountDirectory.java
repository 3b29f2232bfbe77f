package org.yiyang.identity;

import java.util.Optional;

import org.yiyang.shared.DivisionCode;

/**
 * Looks up accounts by username for other modules, for example to tie an {@link Role#ELDER} account to the
 * elder's record. Answers only what such a decision needs; never password or personal data.
 */
public interface AccountDirectory {

    /** The account with this username (case-insensitive), if any. */
    Optional<AccountRef> findByUsername(String username);

    /** An account as other modules may see it. */
    record AccountRef(long id, String username, String displayName, Role role, DivisionCode division,
                      boolean enabled) {
    }
}
