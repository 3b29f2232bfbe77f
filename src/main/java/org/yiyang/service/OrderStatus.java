package org.yiyang.service;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where an order stands. Only the moves in {@link #next()} exist; anything else is refused. */
public enum OrderStatus {
    PLACED,      // 已下单，待接单
    ACCEPTED,    // 已接单，待派工
    REFUSED,     // 已拒单
    ASSIGNED,    // 已派工
    ON_THE_WAY,  // 护理员已出发
    IN_SERVICE,  // 服务中（已签到）
    DONE,        // 已完成（已签退）
    REVIEWED,    // 已评价
    CANCELLED,   // 已取消
    NO_SHOW;     // 未能服务（上门未遇）

    private static final Map<OrderStatus, Set<OrderStatus>> MOVES = Map.of(
            PLACED, EnumSet.of(ACCEPTED, REFUSED, CANCELLED),
            ACCEPTED, EnumSet.of(ASSIGNED, CANCELLED),
            ASSIGNED, EnumSet.of(ASSIGNED, ON_THE_WAY, IN_SERVICE, CANCELLED, NO_SHOW),
            ON_THE_WAY, EnumSet.of(ASSIGNED, IN_SERVICE, CANCELLED, NO_SHOW),
            IN_SERVICE, EnumSet.of(DONE),
            DONE, EnumSet.of(REVIEWED));

    public Set<OrderStatus> next() {
        return MOVES.getOrDefault(this, EnumSet.noneOf(OrderStatus.class));
    }

    public boolean canMoveTo(OrderStatus target) {
        return next().contains(target);
    }

    /** Still to be served: the slot and, once assigned, the caregiver's time are taken. */
    public boolean open() {
        return this == PLACED || this == ACCEPTED || this == ASSIGNED || this == ON_THE_WAY || this == IN_SERVICE;
    }

    public String messageKey() {
        return "service.status." + name();
    }
}
