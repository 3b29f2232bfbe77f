package org.yiyang.service.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.yiyang.service.Offering;
import org.yiyang.service.OfferingDraft;
import org.yiyang.service.OfferingSlot;
import org.yiyang.service.OrderProblem;
import org.yiyang.service.PriceUnit;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;
import org.yiyang.shared.ServiceItem;

/**
 * An offering as a provider types it. Slots are entered as days of the week times start times (every chosen
 * day has the same start times and capacity), which is how providers plan a week.
 */
record OfferingForm(String item, String name, String description, String priceYuan, String unit, String durationMinutes,
                    String areas, List<String> days, String times, String capacity) {

    static OfferingForm empty() {
        return new OfferingForm("", "", "", "", PriceUnit.PER_VISIT.name(), "60", "",
                List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"), "09:00 14:00", "2");
    }

    static OfferingForm of(Offering offering) {
        Set<String> days = new LinkedHashSet<>();
        Set<LocalTime> starts = new TreeSet<>();
        offering.slots().forEach(slot -> {
            days.add(slot.day().name());
            starts.add(slot.start());
        });
        String capacity = offering.slots().isEmpty() ? "1" : String.valueOf(offering.slots().get(0).capacity());
        return new OfferingForm(offering.item().name(), offering.name(), offering.description(),
                offering.price().toYuan(), offering.unit().name(), String.valueOf(offering.durationMinutes()),
                String.join(" ", offering.areas().stream().map(DivisionCode::value).toList()), List.copyOf(days),
                String.join(" ", starts.stream().map(LocalTime::toString).toList()), capacity);
    }

    OfferingDraft toDraft() {
        ServiceItem serviceItem = parse(() -> ServiceItem.valueOf(item), "item", "service.offering.error.item");
        PriceUnit priceUnit = parse(() -> PriceUnit.valueOf(unit), "unit", "service.offering.error.unit");
        Money price = parse(() -> Money.parseYuan(priceYuan), "price", "service.offering.error.price");
        int duration = parse(() -> Integer.parseInt(durationMinutes.trim()), "durationMinutes", "service.offering.error.duration");
        int slotCapacity = parse(() -> Integer.parseInt(capacity.trim()), "capacity", "service.offering.error.capacity");
        List<DivisionCode> areaCodes = new ArrayList<>();
        for (String code : words(areas)) {
            areaCodes.add(DivisionCode.parse(code)
                    .orElseThrow(() -> OrderProblem.of("areas", "service.offering.error.areaUnknown", code)));
        }
        List<OfferingSlot> slots = new ArrayList<>();
        for (String day : days == null ? List.<String>of() : days) {
            for (String time : words(times)) {
                slots.add(new OfferingSlot(parse(() -> DayOfWeek.valueOf(day), "slots", "service.offering.error.slotsEmpty"),
                        parse(() -> LocalTime.parse(time.length() == 4 ? "0" + time : time), "slots",
                                "service.offering.error.time"), slotCapacity));
            }
        }
        return new OfferingDraft(serviceItem, name == null ? null : name.strip(),
                description == null || description.isBlank() ? null : description.strip(), price, priceUnit, duration,
                areaCodes, slots);
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.strip().split("[\\s,，、;；]+"));
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T parse(Parse<T> parse, String field, String key) {
        try {
            return parse.get();
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw OrderProblem.of(field, key);
        }
    }
}
