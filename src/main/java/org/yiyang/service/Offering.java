package org.yiyang.service;

import java.util.List;

import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;
import org.yiyang.shared.ServiceItem;

/** A service a provider offers: what, for how much per unit, how long, for which divisions, when bookable. */
public record Offering(long id, long providerId, String providerName, ServiceItem item, String name,
                       String description, Money price, PriceUnit unit, int durationMinutes, boolean active,
                       List<DivisionCode> areas, List<OfferingSlot> slots) {

    public Offering {
        areas = List.copyOf(areas);
        slots = List.copyOf(slots);
    }

    /** True when an elder living in {@code division} is within the offering's service area. */
    public boolean serves(DivisionCode division) {
        return areas.stream().anyMatch(area -> area.contains(division));
    }
}
