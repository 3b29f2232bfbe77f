package org.yiyang.benefit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.yiyang.shared.Money;
import org.yiyang.shared.ServiceItem;

/**
 * A rule version exactly as a regulator typed it: dates as {@code yyyy-MM-dd}, amounts in yuan, every value a
 * string, so that each one can be refused on its own field. Blank amounts count as zero; the amounts that the
 * programme's payout does not use are ignored.
 */
public record RuleDraft(String effectiveFrom, String effectiveTo, List<Row> conditions, String monthlyYuan,
                        List<Band> ageBands, String orderPercent, String orderCapYuan, String mealGovernmentYuan,
                        String mealCollectiveYuan, String mealDonorYuan, String mealProviderYuan,
                        List<String> coveredItems, String fenPerPoint, String note) {

    public RuleDraft {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        ageBands = ageBands == null ? List.of() : List.copyOf(ageBands);
        coveredItems = coveredItems == null ? List.of() : List.copyOf(coveredItems);
    }

    /** One condition: a field, an operator and its values, by name. */
    public record Row(String field, String operator, List<String> values) {
        public Row {
            values = values == null ? List.of() : List.copyOf(values);
        }
    }

    /** From an age on, a monthly amount in yuan. */
    public record Band(String fromAge, String yuan) {
    }

    /** A version's content as text, for a new draft copied from it or for checking it again before publishing. */
    public static RuleDraft of(RuleVersion rule) {
        List<Row> rows = rule.conditions().stream()
                .map(c -> new Row(c.field().name(), c.operator().name(), c.values())).toList();
        RuleAmounts a = rule.amounts();
        List<Band> bands = a.ageBands().stream().map(b -> new Band(String.valueOf(b.fromAge()), b.monthly().toYuan())).toList();
        return new RuleDraft(date(rule.effectiveFrom()), date(rule.effectiveTo()), rows, a.monthly().toYuan(), bands,
                a.orderPercent() == null ? "" : a.orderPercent().toString(), yuan(a.orderCap()),
                a.meal().government().toYuan(), a.meal().collective().toYuan(), a.meal().donor().toYuan(),
                a.meal().providerDiscount().toYuan(), a.coveredItems().stream().map(ServiceItem::name).sorted().toList(),
                a.fenPerPoint() == null ? "" : a.fenPerPoint().toString(), rule.note() == null ? "" : rule.note());
    }

    /** An empty draft in effect from {@code from}. */
    public static RuleDraft empty(LocalDate from) {
        return new RuleDraft(date(from), "", List.of(), "", List.of(), "", "", "", "", "", "", List.of(), "", "");
    }

    /** The same content, in effect from {@code from} with no end. */
    public RuleDraft startingOn(LocalDate from) {
        return new RuleDraft(date(from), "", conditions, monthlyYuan, ageBands, orderPercent, orderCapYuan,
                mealGovernmentYuan, mealCollectiveYuan, mealDonorYuan, mealProviderYuan, new ArrayList<>(coveredItems),
                fenPerPoint, note);
    }

    private static String date(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    private static String yuan(Money money) {
        return money == null ? "" : money.toYuan();
    }
}
