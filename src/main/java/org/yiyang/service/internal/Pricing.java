package org.yiyang.service.internal;

import java.util.ArrayList;
import java.util.List;

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

    List<PaymentShare> split(PriceQuestion question) {
        List<PaymentShare> shares = new ArrayList<>();
        Money remaining = question.total();
        for (PaymentContributor contributor : contributors.orderedStream().toList()) {
            for (PaymentShare offered : contributor.contribute(question, remaining)) {
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
