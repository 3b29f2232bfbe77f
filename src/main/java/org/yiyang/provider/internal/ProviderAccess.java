package org.yiyang.provider.internal;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.provider.ProviderProblem;
import org.yiyang.shared.DivisionCode;

/**
 * Who may manage a provider: regulators and administrators within their division (everything), and the
 * provider's own {@code PROVIDER_ADMIN} accounts (profile, hours, services and staff, not status or rating).
 */
@Component
class ProviderAccess {

    enum Standing { REGULATOR, OWN_ADMIN }

    static final Set<Role> REGULATORS = EnumSet.of(Role.REGULATOR, Role.ADMIN);

    private final ProviderRows rows;
    private final Memberships memberships;

    ProviderAccess(ProviderRows rows, Memberships memberships) {
        this.rows = rows;
        this.memberships = memberships;
    }

    /** Regulators of the provider's division, or its own administrators; 404 for an unknown provider. */
    Standing require(Viewer viewer, long providerId) {
        DivisionCode division = rows.divisionOf(providerId).orElseThrow(ProviderProblem::notFound);
        if (REGULATORS.contains(viewer.role())) {
            viewer.requireWithin(division);
            return Standing.REGULATOR;
        }
        if (viewer.is(Role.PROVIDER_ADMIN) && ownProvider(viewer) == providerId) {
            return Standing.OWN_ADMIN;
        }
        throw new AccessDeniedException("Account " + viewer.accountId() + " does not manage provider " + providerId);
    }

    /** Regulators of the provider's division only. */
    void requireRegulator(Viewer viewer, long providerId) {
        requireRegulatorRole(viewer);
        viewer.requireWithin(rows.divisionOf(providerId).orElseThrow(ProviderProblem::notFound));
    }

    static void requireRegulatorRole(Viewer viewer) {
        if (!REGULATORS.contains(viewer.role())) {
            throw new AccessDeniedException("Role " + viewer.role() + " does not keep the provider registry");
        }
    }

    /** The provider a PROVIDER_ADMIN account is tied to; -1 when none. */
    long ownProvider(Viewer viewer) {
        return memberships.ofAccount(viewer.accountId()).filter(m -> m.staffId() == null)
                .map(m -> m.providerId()).orElse(-1L);
    }
}
