package org.yiyang.benefit.internal;

import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;

/** Who may do what with bank accounts, payment files and checks; the pages' own guards say the same. */
final class PaymentRoles {

    /** Keep elders' bank accounts: regulators, hotline operators, administrators. */
    static final Set<Role> PAYEE_KEEPERS = Set.of(Role.REGULATOR, Role.OPERATOR, Role.ADMIN);
    /** See full account numbers, make and settle payment files, review checks. */
    static final Set<Role> OFFICIALS = Set.of(Role.REGULATOR, Role.ADMIN);

    private PaymentRoles() {
    }

    static void require(Viewer viewer, Set<Role> roles) {
        if (!roles.contains(viewer.role())) {
            throw new AccessDeniedException("Role " + viewer.role() + " may not do this with cash allowances");
        }
    }
}
