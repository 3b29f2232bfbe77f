package org.yiyang.service;

/**
 * An urgent visit sent from an alarm (紧急派单): the provider's caregiver goes now, one unit of the offering, with a
 * note for the provider (what happened, how to get in). No slot is booked and no lead time applies.
 */
public record UrgentOrderRequest(long elderId, long offeringId, String note) {
}
