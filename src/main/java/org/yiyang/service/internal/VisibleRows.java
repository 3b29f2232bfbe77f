package org.yiyang.service.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.identity.Viewer;
import org.yiyang.provider.ProviderDirectory;

/**
 * Which order-related rows (orders, complaints) a viewer may list, as a SQL condition on the row's elder_id,
 * provider_id, caregiver_id, division_code and provider_division: the elder their own, a family member their
 * linked elders', the provider its own, the caregiver their visits, the hotline and oversight their divisions'.
 */
@Component
class VisibleRows {

    private final ServiceRecipients recipients;
    private final FamilyLinks familyLinks;
    private final ProviderDirectory providers;

    VisibleRows(ServiceRecipients recipients, FamilyLinks familyLinks, ProviderDirectory providers) {
        this.recipients = recipients;
        this.familyLinks = familyLinks;
        this.providers = providers;
    }

    /** {@code caregiverColumn} is null for rows caregivers do not list. */
    ListFilter of(Viewer viewer, String alias, String caregiverColumn) {
        ListFilter filter = new ListFilter();
        switch (viewer.role()) {
            case ELDER -> filter.and(alias + ".elder_id = :own", "own", recipients.ownElderId(viewer).orElse(-1L));
            case FAMILY -> {
                List<Long> elders = familyLinks.linkedElders(viewer).stream().map(l -> l.elder().id()).toList();
                filter.and(alias + ".elder_id IN (:linked)", "linked", elders.isEmpty() ? List.of(-1L) : elders);
            }
            case PROVIDER_ADMIN -> filter.and(alias + ".provider_id = :provider", "provider",
                    providers.membershipOf(viewer).map(m -> m.providerId()).orElse(-1L));
            case CAREGIVER -> filter.and(caregiverColumn == null ? "1 = 0" : alias + "." + caregiverColumn + " = :staff",
                    "staff", providers.membershipOf(viewer).map(m -> m.staffId()).filter(s -> s != null).orElse(-1L));
            case OPERATOR, REGULATOR, ADMIN -> filter.within(viewer.scope(), alias + ".division_code",
                    alias + ".provider_division");
            default -> filter.and("1 = 0");
        }
        return filter;
    }
}
