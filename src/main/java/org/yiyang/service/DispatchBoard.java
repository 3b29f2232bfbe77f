package org.yiyang.service;

import java.time.LocalDate;
import java.util.List;

/**
 * A provider's dispatch board (派单看板) for one date: orders waiting to be accepted, accepted orders waiting
 * for a caregiver, and each dispatchable caregiver's visits of the day in time order.
 */
public record DispatchBoard(LocalDate date, List<OrderSummary> toAccept, List<OrderSummary> toAssign,
                            List<CaregiverDay> caregivers) {

    /** One caregiver's day plan. */
    public record CaregiverDay(long staffId, String name, List<OrderSummary> visits) {
    }
}
