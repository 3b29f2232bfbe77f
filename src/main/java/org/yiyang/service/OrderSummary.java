package org.yiyang.service;

import java.time.Instant;

import org.yiyang.shared.Money;
import org.yiyang.shared.ServiceItem;

/** An order as lists show it. {@code elderName} is the name only; no other personal data. */
public record OrderSummary(long id, OrderStatus status, OrderChannel channel, long elderId, String elderName,
                           String divisionCode, long providerId, String providerName, ServiceItem item,
                           String offeringName, Instant scheduledStart, Instant scheduledEnd, Money total,
                           Long caregiverId, String caregiverName, Instant placedAt) {
}
