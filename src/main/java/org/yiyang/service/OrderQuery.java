package org.yiyang.service;

import java.time.LocalDate;

/** Filters for an order list; every field may be null. {@code elderId} narrows to one elder's orders. */
public record OrderQuery(OrderStatus status, Long elderId, LocalDate date) {

    public static OrderQuery all() {
        return new OrderQuery(null, null, null);
    }
}
