package org.yiyang.service.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.yiyang.service.Payer;
import org.yiyang.service.PaymentContributor;
import org.yiyang.service.PaymentShare;
import org.yiyang.service.PriceQuestion;
import org.yiyang.shared.Money;

/**
 * Splits an order's price: every {@link PaymentContributor} (subsidies, vouchers, points from other modules)
 * is asked in turn with what is still unpaid, and the elder pays the rest. The shares always add up to the total.
 */
@Component
class Pricing {

    private final ObjectProvider<PaymentContributor> contributors;

    Pricing(ObjectProvider<PaymentContributor> contributors) {
        this.contributors = contributors;
    }

    /** The split as a quote: nothing is held. */
    List<PaymentShare> split(PriceQuestion question) {
        return split(question, (contributor, remaining) -> contributor.contribute(question, remaining));
    }

    /** The split of order {@code orderId} as it is placed: contributors hold what they offer. */
    List<PaymentShare> reserve(long orderId, PriceQuestion question) {
        return split(question, (contributor, remaining) -> contributor.reserve(orderId, question, remaining));
    }

    private List<PaymentShare> split(PriceQuestion question, BiFunction<PaymentContributor, Money, List<PaymentShare>> ask) {
        List<PaymentShare> shares = new ArrayList<>();
        Money remaining = question.total();
        for (PaymentContributor contributor : contributors.orderedStream().toList()) {
            for (PaymentShare offered : ask.apply(contributor, remaining)) {
                Money amount = offered.amount().min(remaining);
                if (!amount.isZero()) {
                    shares.add(new PaymentShare(offered.payer(), amount, offered.source()));
                    remaining = remaining.minus(amount);
                }
            }
        }
        shares.add(new PaymentShare(Payer.ELDER, remaining, null));
        return shares;
    }
}
