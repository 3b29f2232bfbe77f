package org.yiyang.service;

import java.util.List;

import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;
import org.yiyang.shared.ServiceItem;

/** An offering as its provider enters it; validated by the catalogue. */
public record OfferingDraft(ServiceItem item, String name, String description, Money price, PriceUnit unit,
                            int durationMinutes, List<DivisionCode> areas, List<OfferingSlot> slots) {
}
