package org.yiyang.service;

import org.yiyang.shared.Money;

/** One payer's part of an order's price; {@code source} names the programme, voucher or donor, if any. */
public record PaymentShare(Payer payer, Money amount, String source) {

    public PaymentShare {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("A share cannot be negative");
        }
    }
}
