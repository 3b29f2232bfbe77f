package org.yiyang.benefit;

import org.yiyang.shared.Money;

/**
 * The fixed shares of one meal's price paid by others than the elder (个人出一点、企业让一点、政府补一点、
 * 集体添一点、社会捐一点): the government from the programme's fund, the village collective, donors, and the
 * provider as a discount. The elder pays the rest.
 */
public record MealShares(Money government, Money collective, Money donor, Money providerDiscount) {

    public static final MealShares NONE = new MealShares(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    public Money total() {
        return government.plus(collective).plus(donor).plus(providerDiscount);
    }
}
