package org.yiyang.service;

import java.time.Instant;

import org.yiyang.shared.ServiceItem;

/**
 * One visit on the caregiver's day: when, what, for whom, where to go and what to know, where it stands, and the
 * distance tolerance that applies at the door. {@code address} and {@code needs} are the elder's personal data,
 * shown only to the assigned caregiver.
 */
public record VisitCard(long orderId, Instant scheduledStart, Instant scheduledEnd, ServiceItem item,
                        String offeringName, String elderName, String address, String needs, OrderStatus status,
                        Instant checkInAt, Instant checkOutAt, int toleranceMetres) {

    public boolean canDepart() {
        return status == OrderStatus.ASSIGNED;
    }

    public boolean canCheckIn() {
        return status == OrderStatus.ASSIGNED || status == OrderStatus.ON_THE_WAY;
    }

    public boolean canCheckOut() {
        return status == OrderStatus.IN_SERVICE;
    }
}
