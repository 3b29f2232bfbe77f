package org.yiyang.benefit.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.yiyang.benefit.AgeBandAmount;
import org.yiyang.benefit.MealShares;
import org.yiyang.benefit.Payout;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.RuleAmounts;
import org.yiyang.benefit.RuleDraft;
import org.yiyang.shared.Money;
import org.yiyang.shared.ServiceItem;

/**
 * Reads what a rule pays, by the programme's payout: a monthly amount or age bands for monthly programmes, the
 * meal shares for a meal subsidy, a percentage up to a cap for other per-order subsidies, the worth of a point.
 * Amounts the payout does not use are dropped; covered service items apply to all but cash (bank) payouts.
 */
final class RuleAmountsReader {

    static final int MAX_AGE = 150;

    private RuleAmountsReader() {
    }

    static RuleAmounts read(Programme programme, RuleDraft draft, Findings findings) {
        Set<ServiceItem> items = programme.payout() == Payout.BANK ? Set.of() : items(draft.coveredItems(), findings);
        return switch (programme.payout()) {
            case BANK, SUBSIDY_WALLET, VOUCHER_WALLET -> new RuleAmounts(
                    findings.yuan(draft.monthlyYuan(), "monthlyYuan", Money.ZERO), bands(draft.ageBands(), findings),
                    null, null, null, items, null);
            case PER_ORDER -> programme.kind() == ProgrammeKind.MEAL_SUBSIDY
                    ? new RuleAmounts(Money.ZERO, List.of(), null, null, meal(draft, findings), items, null)
                    : new RuleAmounts(Money.ZERO, List.of(), percent(draft.orderPercent(), findings),
                            findings.yuan(draft.orderCapYuan(), "orderCapYuan", null), null, items, null);
            case POINTS -> new RuleAmounts(Money.ZERO, List.of(), null, null, null, items,
                    required(findings.whole(draft.fenPerPoint(), "fenPerPoint", 0, 100_000, "benefit.rule.error.fenPerPoint"),
                            draft.fenPerPoint(), "fenPerPoint", "benefit.rule.error.fenPerPoint", findings));
        };
    }

    private static MealShares meal(RuleDraft draft, Findings findings) {
        Money government = findings.yuan(draft.mealGovernmentYuan(), "mealGovernmentYuan", Money.ZERO);
        Money collective = findings.yuan(draft.mealCollectiveYuan(), "mealCollectiveYuan", Money.ZERO);
        Money donor = findings.yuan(draft.mealDonorYuan(), "mealDonorYuan", Money.ZERO);
        Money provider = findings.yuan(draft.mealProviderYuan(), "mealProviderYuan", Money.ZERO);
        if (government == null || collective == null || donor == null || provider == null) {
            return MealShares.NONE;
        }
        return new MealShares(government, collective, donor, provider);
    }

    private static Integer percent(String text, Findings findings) {
        return required(findings.whole(text, "orderPercent", 0, 100, "benefit.rule.error.percent"), text, "orderPercent",
                "benefit.rule.error.percent", findings);
    }

    private static Integer required(Integer value, String text, String field, String key, Findings findings) {
        if (value == null && Findings.isBlank(text)) {
            findings.add(field, key, "");
        }
        return value;
    }

    /** Age bands as entered: blank rows are skipped, ages must rise strictly from one row to the next. */
    private static List<AgeBandAmount> bands(List<RuleDraft.Band> rows, Findings findings) {
        List<AgeBandAmount> bands = new ArrayList<>();
        Integer previous = null;
        for (int i = 0; i < rows.size(); i++) {
            RuleDraft.Band row = rows.get(i);
            if (row == null || Findings.isBlank(row.fromAge()) && Findings.isBlank(row.yuan())) {
                continue;
            }
            String field = "ageBands[" + i + "]";
            Integer age = findings.whole(row.fromAge(), field + ".fromAge", 0, MAX_AGE, "benefit.rule.error.age");
            if (age == null && Findings.isBlank(row.fromAge())) {
                findings.add(field + ".fromAge", "benefit.rule.error.age", "");
            }
            Money monthly = findings.yuan(row.yuan(), field + ".yuan", null);
            if (monthly == null && Findings.isBlank(row.yuan())) {
                findings.add(field + ".yuan", Findings.AMOUNT, "");
            }
            if (age != null && previous != null && age <= previous) {
                findings.add(field + ".fromAge", "benefit.rule.error.bandOrder", age, previous);
            }
            if (age != null) {
                previous = age;
            }
            if (age != null && monthly != null) {
                bands.add(new AgeBandAmount(age, monthly));
            }
        }
        return bands;
    }

    private static Set<ServiceItem> items(List<String> names, Findings findings) {
        Set<ServiceItem> items = EnumSet.noneOf(ServiceItem.class);
        for (String name : names) {
            if (Findings.isBlank(name)) {
                continue;
            }
            try {
                items.add(ServiceItem.valueOf(name.strip()));
            } catch (IllegalArgumentException unknown) {
                findings.add("coveredItems", "benefit.rule.error.item", name.strip());
            }
        }
        return items;
    }
}
