package org.yiyang.provider.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.yiyang.provider.OperatingModel;
import org.yiyang.provider.ProviderInfo;
import org.yiyang.provider.ProviderKind;
import org.yiyang.provider.ProviderProblem;
import org.yiyang.provider.internal.ProviderDetails;
import org.yiyang.provider.internal.ProviderDraft;
import org.yiyang.shared.ServiceItem;

/**
 * The provider form exactly as typed: text fields, so binding never fails and nothing typed is lost;
 * {@link #toDraft()} converts and names the field that is wrong.
 */
record ProviderForm(String name, String kind, String divisionCode, String address, String phone, String latitude,
                    String longitude, String floorArea, String bedsTotal, String bedsNursing, String childcarePlaces,
                    String operatingModel, String filingNumber, String licenceNumber, List<String> openDays,
                    String opens, String closes, List<String> services) {

    static ProviderForm empty(String divisionCode) {
        return new ProviderForm("", "", divisionCode, "", "", "", "", "", "0", "0", "0", "", "", "",
                List.of(DayOfWeek.values()).stream().map(Enum::name).toList(), "08:00", "18:00", List.of());
    }

    static ProviderForm of(ProviderDetails d) {
        ProviderInfo i = d.info();
        return new ProviderForm(i.name(), i.kind().name(), i.division().value(), text(i.address()), text(d.phone()),
                Double.toString(i.location().latitude()), Double.toString(i.location().longitude()),
                d.floorArea() == null ? "" : d.floorArea().toString(), Integer.toString(d.bedsTotal()),
                Integer.toString(d.bedsNursing()), Integer.toString(d.childcarePlaces()), d.operatingModel().name(),
                text(d.filingNumber()), text(d.licenceNumber()),
                i.hours().days().stream().sorted().map(Enum::name).toList(), i.hours().opens().toString(),
                i.hours().closes().toString(), i.services().stream().sorted().map(Enum::name).toList());
    }

    ProviderDraft toDraft() {
        return new ProviderDraft(name, choice("kind", kind, ProviderKind::valueOf), divisionCode, address, phone,
                decimal("latitude", latitude), decimal("longitude", longitude), whole("floorArea", floorArea),
                whole("bedsTotal", bedsTotal), whole("bedsNursing", bedsNursing),
                whole("childcarePlaces", childcarePlaces), choice("operatingModel", operatingModel, OperatingModel::valueOf),
                filingNumber, licenceNumber, days(), time("opens", opens), time("closes", closes), serviceSet());
    }

    boolean hasDay(String day) {
        return openDays != null && openDays.contains(day);
    }

    boolean hasService(String item) {
        return services != null && services.contains(item);
    }

    private Set<DayOfWeek> days() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : openDays == null ? List.<String>of() : openDays) {
            days.add(choice("openDays", day, DayOfWeek::valueOf));
        }
        return days;
    }

    private Set<ServiceItem> serviceSet() {
        Set<ServiceItem> items = EnumSet.noneOf(ServiceItem.class);
        for (String item : services == null ? List.<String>of() : services) {
            items.add(choice("services", item, ServiceItem::valueOf));
        }
        return items;
    }

    static <T> T choice(String field, String value, Function<String, T> parse) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProviderProblem(field, "provider.error.choice");
        }
    }

    private static Double decimal(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new ProviderProblem(field, "provider.error.number");
        }
    }

    private static Integer whole(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new ProviderProblem(field, "provider.error.number");
        }
    }

    private static LocalTime time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ProviderProblem(field, "provider.error.time");
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
