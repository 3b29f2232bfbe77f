package org.yiyang.service;

import java.time.Instant;
import java.util.List;

/** The elder's share of an order was paid; the other shares are due from their payers. */
public record OrderPaid(long orderId, long paymentId, long elderId, long providerId, List<PaymentShare> shares,
                        Instant at) {

    public OrderPaid {
        shares = List.copyOf(shares);
    }
}
