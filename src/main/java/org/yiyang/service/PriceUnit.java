package org.yiyang.service;

/** What one unit of an offering's price buys. */
public enum PriceUnit {
    PER_VISIT, PER_HOUR, PER_MEAL;

    public String messageKey() {
        return "service.unit." + name();
    }
}
