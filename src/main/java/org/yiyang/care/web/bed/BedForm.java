package org.yiyang.care.web.bed;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.util.MultiValueMap;
import org.yiyang.care.internal.bed.AdaptationItem;
import org.yiyang.care.internal.bed.BedDraft;
import org.yiyang.care.internal.bed.BedProblem;
import org.yiyang.care.internal.bed.BedView;
import org.yiyang.shared.Money;
import org.yiyang.shared.ServiceItem;

/**
 * The registration form as typed: text fields, the care plan as one "visits a month" field per service item
 * ({@code visits.BATHING}; empty or 0 = not in the plan) and the adaptation as checked items.
 */
record BedForm(String elderId, String elderName, String providerId, String agreementNo, String agreementStart,
               String agreementEnd, Map<String, String> visits, List<String> adaptation, String adaptationDoneOn,
               String adaptationCostYuan, String adaptationNote) {

    static final String VISITS = "visits.";

    static BedForm empty() {
        return new BedForm("", "", "", "", "", "", Map.of(), List.of(), "", "0", "");
    }

    static BedForm of(BedView view) {
        var bed = view.bed();
        Map<String, String> visits = new LinkedHashMap<>();
        view.plan().forEach(line -> visits.put(line.item().name(), String.valueOf(line.visitsPerMonth())));
        return new BedForm(String.valueOf(bed.elderId()), bed.elderName(), String.valueOf(bed.providerId()),
                bed.agreementNo(), text(bed.agreementStart()), text(bed.agreementEnd()), visits,
                bed.adaptation().stream().map(Enum::name).toList(), text(bed.adaptationDoneOn()),
                bed.adaptationCost().toYuan(), bed.adaptationNote() == null ? "" : bed.adaptationNote());
    }

    static BedForm from(MultiValueMap<String, String> params) {
        Map<String, String> visits = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (name.startsWith(VISITS) && !values.isEmpty()) {
                visits.put(name.substring(VISITS.length()), values.get(0));
            }
        });
        List<String> adaptation = params.getOrDefault("adaptation", List.of());
        return new BedForm(one(params, "elderId"), one(params, "elderName"), one(params, "providerId"),
                one(params, "agreementNo"), one(params, "agreementStart"), one(params, "agreementEnd"), visits,
                adaptation, one(params, "adaptationDoneOn"), one(params, "adaptationCostYuan"),
                one(params, "adaptationNote"));
    }

    BedDraft toDraft() {
        Long elder = elderId.isBlank() ? null : parse(() -> Long.valueOf(elderId.strip()), "elderId",
                "carebed.error.elderNotFound");
        Long provider = providerId.isBlank() ? null : parse(() -> Long.valueOf(providerId.strip()), "providerId",
                "carebed.error.providerNotFound");
        Set<AdaptationItem> items = EnumSet.noneOf(AdaptationItem.class);
        for (String item : adaptation) {
            items.add(parse(() -> AdaptationItem.valueOf(item), "adaptation", "carebed.error.adaptationItems"));
        }
        Money cost = adaptationCostYuan.isBlank() ? Money.ZERO
                : parse(() -> Money.parseYuan(adaptationCostYuan), "adaptationCost", "carebed.error.adaptationCost",
                "100000.00");
        return new BedDraft(elder, elderName, provider, agreementNo, date(agreementStart, "agreementStart"),
                date(agreementEnd, "agreementEnd"), plan(), items, date(adaptationDoneOn, "adaptationDoneOn"), cost,
                adaptationNote);
    }

    /** The value typed for an item, for the form to show again. */
    public String visitsOf(ServiceItem item) {
        return visits.getOrDefault(item.name(), "");
    }

    public boolean adapted(AdaptationItem item) {
        return adaptation.contains(item.name());
    }

    private Map<ServiceItem, Integer> plan() {
        Map<ServiceItem, Integer> plan = new LinkedHashMap<>();
        visits.forEach((name, typed) -> {
            ServiceItem item = parse(() -> ServiceItem.valueOf(name), "plan", "carebed.error.planEmpty");
            String value = typed == null ? "" : typed.strip();
            if (value.isEmpty() || value.equals("0")) {
                return;
            }
            plan.put(item, parse(() -> Integer.valueOf(value), "plan", "carebed.error.planVisits",
                    new DefaultMessageSourceResolvable(item.messageKey()), 31));
        });
        return plan;
    }

    static LocalDate date(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return parse(() -> LocalDate.parse(typed.strip()), field, "carebed.error.date");
    }

    private static <T> T parse(Supplier<T> parser, String field, String key, Object... args) {
        try {
            return parser.get();
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw BedProblem.of(field, key, args);
        }
    }

    private static String one(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value;
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
