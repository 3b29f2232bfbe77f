package org.yiyang.service;

import java.util.List;

/**
 * A source of money other than the elder (subsidies, vouchers, points, funding shares), implemented by the
 * module that owns it. When an order is priced every contributor is asked in turn with what is still to be
 * paid; the elder pays the rest. Contributors must not together offer more than the total: the remainder is
 * checked and a share that would overshoot is cut down to what is left.
 */
public interface PaymentContributor {

    /** The shares this contributor covers for {@code question}, given {@code remaining} still unpaid. */
    List<PaymentShare> contribute(PriceQuestion question, org.yiyang.shared.Money remaining);
}
