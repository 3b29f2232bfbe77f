package org.yiyang.service;

import java.time.Instant;

import org.yiyang.shared.Money;
import org.yiyang.shared.ServiceItem;

/** What a {@link PaymentContributor} is asked: who is served, with what, when, how many units, and for how much in all. */
public record PriceQuestion(long elderId, long providerId, ServiceItem item, Instant serviceStart, int quantity,
                            Money total) {
}
