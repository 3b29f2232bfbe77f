package org.yiyang.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.yiyang.identity.Viewer;
import org.yiyang.shared.ServiceItem;

/** The offerings providers publish, and what an elder can book. */
public interface ServiceCatalogue {

    Optional<Offering> find(long offeringId);

    /** Active offerings of active providers that serve the elder's division, optionally of one item, cheapest first. */
    List<Offering> forElder(Viewer viewer, long elderId, ServiceItem item);

    /** The offering's slots from {@code from} for {@code days} days that are still in the future and open. */
    List<BookableTime> bookableTimes(long offeringId, LocalDate from, int days);

    /** The offerings of the provider the viewer works for (a {@code PROVIDER_ADMIN}), active first. */
    List<Offering> ofMyProvider(Viewer viewer);

    long publish(Viewer viewer, OfferingDraft draft);

    void revise(Viewer viewer, long offeringId, OfferingDraft draft);

    void setActive(Viewer viewer, long offeringId, boolean active);
}
