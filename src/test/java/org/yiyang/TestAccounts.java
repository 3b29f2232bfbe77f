package org.yiyang;

import java.util.UUID;

import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.identity.internal.AccountAdministration.NewAccount;
import org.yiyang.shared.DivisionCode;

/** Creates accounts with unique usernames, so tests do not depend on each other or on earlier runs. */
public final class TestAccounts {

    public static final String PASSWORD = "Test-pass-2026";
    public static final Viewer REGION_ADMIN =
            new Viewer(0, "test-region-admin", "Test admin", Role.ADMIN, DivisionCode.INNER_MONGOLIA);

    private TestAccounts() {
    }

    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates the account; returns its username. Its temporary password is {@link #PASSWORD}. */
    public static String create(AccountAdministration administration, Role role, String divisionCode) {
        String username = uniqueName(role.name().toLowerCase());
        administration.create(REGION_ADMIN, new NewAccount(username, "Test " + role, role, divisionCode, PASSWORD));
        return username;
    }
}
