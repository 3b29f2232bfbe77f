package org.yiyang.service;

/** Filters for a complaint list; each may be null. {@code providerId} narrows a regulator's list to one provider. */
public record ComplaintQuery(ComplaintStatus status, Long providerId) {

    public static ComplaintQuery all() {
        return new ComplaintQuery(null, null);
    }
}
