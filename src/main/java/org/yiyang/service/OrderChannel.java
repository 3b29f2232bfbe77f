package org.yiyang.service;

/** Who placed an order: the elder, a linked family member (子女网上下单), or a 12349 hotline operator for a caller. */
public enum OrderChannel {
    ELDER, FAMILY, HOTLINE,
    /** Sent by a hotline operator from an alarm, to start now (紧急派单). */
    URGENT;

    public String messageKey() {
        return "service.channel." + name();
    }
}
