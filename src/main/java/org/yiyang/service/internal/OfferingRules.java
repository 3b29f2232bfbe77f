package org.yiyang.service.internal;

import java.util.HashSet;

import org.springframework.stereotype.Component;
import org.yiyang.provider.ProviderInfo;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.service.OfferingDraft;
import org.yiyang.service.OfferingSlot;
import org.yiyang.service.OrderProblem;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;

/** What a provider may publish: only items it is registered for, bookable within its opening hours. */
@Component
class OfferingRules {

    static final Money MAX_PRICE = Money.ofFen(10_000_000);

    private final DivisionDirectory divisions;

    OfferingRules(DivisionDirectory divisions) {
        this.divisions = divisions;
    }

    void check(ProviderInfo provider, OfferingDraft draft) {
        if (draft.item() == null) {
            throw OrderProblem.of("item", "service.offering.error.item");
        }
        if (!provider.services().contains(draft.item())) {
            throw OrderProblem.of("item", "service.offering.error.itemNotRegistered");
        }
        if (draft.name() == null || draft.name().isBlank() || draft.name().length() > 100) {
            throw OrderProblem.of("name", "service.offering.error.name");
        }
        if (draft.description() != null && draft.description().length() > 1000) {
            throw OrderProblem.of("description", "service.offering.error.description");
        }
        if (draft.price() == null || draft.price().isNegative() || draft.price().compareTo(MAX_PRICE) > 0) {
            throw OrderProblem.of("price", "service.offering.error.price");
        }
        if (draft.unit() == null) {
            throw OrderProblem.of("unit", "service.offering.error.unit");
        }
        if (draft.durationMinutes() < 5 || draft.durationMinutes() > 720) {
            throw OrderProblem.of("durationMinutes", "service.offering.error.duration");
        }
        checkAreas(draft);
        checkSlots(provider, draft);
    }

    private void checkAreas(OfferingDraft draft) {
        if (draft.areas().isEmpty()) {
            throw OrderProblem.of("areas", "service.offering.error.areasEmpty");
        }
        for (DivisionCode area : draft.areas()) {
            if (divisions.find(area).isEmpty()) {
                throw OrderProblem.of("areas", "service.offering.error.areaUnknown", area.value());
            }
        }
    }

    private void checkSlots(ProviderInfo provider, OfferingDraft draft) {
        if (draft.slots().isEmpty()) {
            throw OrderProblem.of("slots", "service.offering.error.slotsEmpty");
        }
        var seen = new HashSet<String>();
        for (OfferingSlot slot : draft.slots()) {
            if (slot.capacity() < 1 || slot.capacity() > 100) {
                throw OrderProblem.of("capacity", "service.offering.error.capacity");
            }
            var start = java.time.LocalDate.of(2026, 1, 5).with(slot.day()).atTime(slot.start());
            if (!provider.hours().covers(start, start.plusMinutes(draft.durationMinutes()))) {
                throw OrderProblem.of("slots", "service.offering.error.slotOutsideHours", slot.start().toString());
            }
            if (!seen.add(slot.day() + "@" + slot.start())) {
                throw OrderProblem.of("slots", "service.offering.error.slotDuplicate", slot.start().toString());
            }
        }
    }
}
