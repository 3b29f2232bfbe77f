package org.yiyang.care.internal.bed;

import java.util.EnumSet;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.yiyang.care.CareBedStatus;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.provider.ProviderDirectory;

/**
 * Who may see and act on a bed: a regulator and an admin the beds in their division; a provider administrator
 * the beds of their own provider in their division. Anyone else is told the bed does not exist.
 */
@Component
class BedAccess {

    private static final EnumSet<CareBedStatus> BEFORE_ACCEPTANCE = EnumSet.of(CareBedStatus.REGISTERED,
            CareBedStatus.REJECTED);

    private final ProviderDirectory providers;
    private final BedReader reader;

    BedAccess(ProviderDirectory providers, BedReader reader) {
        this.providers = providers;
        this.reader = reader;
    }

    /** The provider a provider administrator works for; refused for a provider admin tied to none. */
    Optional<Long> ownProvider(Viewer viewer) {
        if (!viewer.is(Role.PROVIDER_ADMIN)) {
            return Optional.empty();
        }
        return Optional.of(providers.membershipOf(viewer)
                .orElseThrow(() -> new AccessDeniedException("Not tied to a provider")).providerId());
    }

    Bed require(Viewer viewer, long bedId) {
        return reader.find(bedId).filter(bed -> mayView(viewer, bed)).orElseThrow(BedProblem::notFound);
    }

    boolean mayView(Viewer viewer, Bed bed) {
        return switch (viewer.role()) {
            case ADMIN, REGULATOR -> viewer.mayView(bed.division());
            case PROVIDER_ADMIN -> viewer.mayView(bed.division())
                    && ownProvider(viewer).filter(id -> id == bed.providerId()).isPresent();
            default -> false;
        };
    }

    BedView.Allowed allowed(Viewer viewer, Bed bed) {
        boolean keeper = viewer.is(Role.ADMIN) || viewer.is(Role.PROVIDER_ADMIN);
        boolean inspector = viewer.is(Role.ADMIN) || viewer.is(Role.REGULATOR);
        CareBedStatus status = bed.status();
        return new BedView.Allowed(keeper && BEFORE_ACCEPTANCE.contains(status),
                inspector && BEFORE_ACCEPTANCE.contains(status), keeper && status == CareBedStatus.ACCEPTED,
                status.open());
    }

    /** The bed, when the viewer may keep it (register side: provider administrator or admin). */
    Bed requireKeeper(Viewer viewer, long bedId) {
        require(viewer, EnumSet.of(Role.ADMIN, Role.PROVIDER_ADMIN));
        return require(viewer, bedId);
    }

    /** The bed, when the viewer may inspect it (regulator or admin of its division). */
    Bed requireInspector(Viewer viewer, long bedId) {
        require(viewer, EnumSet.of(Role.ADMIN, Role.REGULATOR));
        return require(viewer, bedId);
    }

    static void require(Viewer viewer, EnumSet<Role> roles) {
        if (!roles.contains(viewer.role())) {
            throw new AccessDeniedException("Role " + viewer.role() + " may not do this to a care bed");
        }
    }
}
