package org.yiyang.benefit;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.yiyang.shared.Money;
import org.yiyang.shared.ServiceItem;

/**
 * What a rule version pays. Monthly programmes pay {@code monthly}, or by age band when {@code ageBands} is not
 * empty (the highest band the elder has reached). Wallet, voucher and per-order programmes pay only for
 * {@code coveredItems} (all items when empty); a per-order subsidy pays {@code orderPercent} of the price up to
 * {@code orderCap}, meal programmes pay the fixed {@code meal} shares per meal; points are worth
 * {@code fenPerPoint} fen each.
 */
public record RuleAmounts(Money monthly, List<AgeBandAmount> ageBands, Integer orderPercent, Money orderCap,
                          MealShares meal, Set<ServiceItem> coveredItems, Integer fenPerPoint) {

    public RuleAmounts {
        monthly = monthly == null ? Money.ZERO : monthly;
        ageBands = ageBands == null ? List.of()
                : ageBands.stream().sorted(Comparator.comparingInt(AgeBandAmount::fromAge)).toList();
        meal = meal == null ? MealShares.NONE : meal;
        coveredItems = coveredItems == null ? Set.of() : Set.copyOf(coveredItems);
    }

    public static RuleAmounts monthly(Money monthly) {
        return new RuleAmounts(monthly, List.of(), null, null, null, Set.of(), null);
    }

    /** The monthly amount for an elder of {@code age} full years. */
    public Money monthlyAt(int age) {
        if (ageBands.isEmpty()) {
            return monthly;
        }
        Money amount = Money.ZERO;
        for (AgeBandAmount band : ageBands) {
            if (age >= band.fromAge()) {
                amount = band.monthly();
            }
        }
        return amount;
    }

    public boolean covers(ServiceItem item) {
        return coveredItems.isEmpty() || coveredItems.contains(item);
    }
}
