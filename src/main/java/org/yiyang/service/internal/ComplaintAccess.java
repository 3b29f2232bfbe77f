package org.yiyang.service.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.identity.Viewer;
import org.yiyang.provider.ProviderDirectory;
import org.yiyang.service.internal.OrderAccess.Standing;
import org.yiyang.shared.DivisionCode;

/**
 * How a viewer stands to a complaint or a review, by the same rules as to an order: the elder's side (the elder, a
 * linked family member, an operator in scope), the provider's administrators, and oversight within its division.
 * Caregivers have none. Anyone without a standing is told the complaint does not exist. A family member's link is
 * looked up without an exception, so that a read-only look ("is this mine?") never marks the transaction for rollback.
 */
@Component
class ComplaintAccess {

    private final ServiceRecipients recipients;
    private final FamilyLinks familyLinks;
    private final ProviderDirectory providers;

    ComplaintAccess(ServiceRecipients recipients, FamilyLinks familyLinks, ProviderDirectory providers) {
        this.recipients = recipients;
        this.familyLinks = familyLinks;
        this.providers = providers;
    }

    Optional<Standing> standing(Viewer viewer, ComplaintRow complaint) {
        return standing(viewer, complaint.elderId(), complaint.providerId(), complaint.divisionCode(),
                complaint.providerDivision());
    }

    Optional<Standing> standing(Viewer viewer, OrderRow order) {
        return standing(viewer, order.elderId(), order.providerId(), order.divisionCode(), order.providerDivision());
    }

    private Optional<Standing> standing(Viewer viewer, long elderId, long providerId, String division,
                                        String providerDivision) {
        boolean within = viewer.mayView(DivisionCode.of(division)) || viewer.mayView(DivisionCode.of(providerDivision));
        return switch (viewer.role()) {
            case ELDER -> recipients.ownElderId(viewer).filter(id -> id == elderId).map(id -> Standing.ELDER_SIDE);
            case FAMILY -> familyLinks.linkedElder(viewer, elderId).map(link -> Standing.ELDER_SIDE);
            case OPERATOR -> within ? Optional.of(Standing.ELDER_SIDE) : Optional.empty();
            case REGULATOR, ADMIN -> within ? Optional.of(Standing.OVERSIGHT) : Optional.empty();
            case PROVIDER_ADMIN -> providers.membershipOf(viewer).filter(m -> m.providerId() == providerId)
                    .map(m -> Standing.PROVIDER);
            default -> Optional.empty();
        };
    }
}
