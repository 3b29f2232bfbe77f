package org.yiyang.service.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.identity.Viewer;
import org.yiyang.provider.ProviderDirectory;
import org.yiyang.shared.DivisionCode;

/**
 * How a viewer stands to an order. Anyone without a standing is told the order does not exist, so that order
 * ids reveal nothing.
 */
@Component
class OrderAccess {

    /** The elder's side acts for the elder; the provider and its caregiver serve; oversight only looks. */
    enum Standing { ELDER_SIDE, PROVIDER, CAREGIVER, OVERSIGHT }

    private final ServiceRecipients recipients;
    private final ProviderDirectory providers;
    private final FamilyLinks familyLinks;

    OrderAccess(ServiceRecipients recipients, ProviderDirectory providers, FamilyLinks familyLinks) {
        this.recipients = recipients;
        this.providers = providers;
        this.familyLinks = familyLinks;
    }

    Optional<Standing> standing(Viewer viewer, OrderRow order) {
        return switch (viewer.role()) {
            case ELDER -> recipients.ownElderId(viewer).filter(id -> id == order.elderId()).map(id -> Standing.ELDER_SIDE);
            case FAMILY -> mayActFor(viewer, order.elderId()) ? Optional.of(Standing.ELDER_SIDE) : Optional.empty();
            case OPERATOR -> within(viewer, order) ? Optional.of(Standing.ELDER_SIDE) : Optional.empty();
            case REGULATOR, ADMIN -> within(viewer, order) ? Optional.of(Standing.OVERSIGHT) : Optional.empty();
            case PROVIDER_ADMIN -> providers.membershipOf(viewer).filter(m -> m.providerId() == order.providerId())
                    .map(m -> Standing.PROVIDER);
            case CAREGIVER -> providers.membershipOf(viewer)
                    .filter(m -> m.staffId() != null && m.staffId().equals(order.caregiverId()))
                    .map(m -> Standing.CAREGIVER);
            default -> Optional.empty();
        };
    }

    private static boolean within(Viewer viewer, OrderRow order) {
        return viewer.mayView(DivisionCode.of(order.divisionCode()))
                || viewer.mayView(DivisionCode.of(order.providerDivision()));
    }

    /** Asked without an exception: one thrown inside the caller's transaction would mark it rollback-only. */
    private boolean mayActFor(Viewer viewer, long elderId) {
        return familyLinks.linkedElder(viewer, elderId).isPresent();
    }
}
