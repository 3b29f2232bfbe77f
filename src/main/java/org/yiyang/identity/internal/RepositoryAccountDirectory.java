package org.yiyang.identity.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.Role;
import org.yiyang.shared.DivisionCode;

@Component
@Transactional(readOnly = true)
class RepositoryAccountDirectory implements AccountDirectory {

    private final AccountRepository accounts;

    RepositoryAccountDirectory(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<AccountRef> findByUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return accounts.findByUsername(username.strip().toLowerCase(Locale.ROOT))
                .map(a -> new AccountRef(a.id(), a.username(), a.displayName(), a.role(), a.division(), a.enabled()));
    }

    @Override
    public List<Long> enabledAccountsAt(DivisionCode division, Role role) {
        return accounts.enabledIdsAt(division.value(), role.name());
    }
}
