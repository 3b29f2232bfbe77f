package org.yiyang.service;

import java.time.Instant;

/** An order moved from one status to another. Published for every move, including placement (from null). */
public record OrderStatusChanged(long orderId, long elderId, long providerId, String divisionCode,
                                 OrderStatus from, OrderStatus to, Instant at) {
}
