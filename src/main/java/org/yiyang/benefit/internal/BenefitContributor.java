package org.yiyang.benefit.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.yiyang.service.PaymentContributor;
import org.yiyang.service.PaymentShare;
import org.yiyang.service.PriceQuestion;
import org.yiyang.shared.Money;

/**
 * The benefit module's part of every order's price: meal funding shares, per-order subsidies, subsidy wallets,
 * vouchers and happiness points of the elder's programmes (see {@link OrderShares}).
 */
@Component
class BenefitContributor implements PaymentContributor {

    private final OrderShares shares;

    BenefitContributor(OrderShares shares) {
        this.shares = shares;
    }

    @Override
    public List<PaymentShare> contribute(PriceQuestion question, Money remaining) {
        return shares.quote(question, remaining);
    }

    @Override
    public List<PaymentShare> reserve(long orderId, PriceQuestion question, Money remaining) {
        return shares.reserve(orderId, question, remaining);
    }
}
