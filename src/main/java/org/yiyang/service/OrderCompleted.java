package org.yiyang.service;

import java.time.Instant;

import org.yiyang.shared.Money;
import org.yiyang.shared.ServiceItem;

/** A visit ended with check-out: the service was delivered (counts for care plans, subsidies, indicators). */
public record OrderCompleted(long orderId, long elderId, long providerId, String divisionCode, ServiceItem item,
                             Instant start, Instant end, Money total) {
}
