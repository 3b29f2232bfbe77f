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

    /**
     * The shares this contributor commits to order {@code orderId} as it is placed, in the placing transaction:
     * a contributor that holds money (a wallet balance) reserves it here, so two orders never spend it twice.
     * The hold is settled when {@link OrderPaid} is published and released when the order ends unpaid
     * ({@link OrderStatusChanged} to a final status without payment). By default the same as a quote.
     */
    default List<PaymentShare> reserve(long orderId, PriceQuestion question, org.yiyang.shared.Money remaining) {
        return contribute(question, remaining);
    }
}
