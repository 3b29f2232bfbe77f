package org.yiyang.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.yiyang.shared.ServiceItem;

/**
 * The visit record (服务记录) with the six facts of electronic visit verification — service type, elder, date,
 * location, worker, start and end — and the tasks done, notes, the confirmation and the exceptions. Before check-in
 * {@code start} is null. {@code checkIn}/{@code checkOut} positions are filled only for the provider, the assigned
 * caregiver and regulators in scope; {@code exceptions} likewise.
 */
public record VisitRecord(long orderId, OrderStatus status, ServiceItem item, String offeringName, long elderId,
                          String elderName, LocalDate date, Instant scheduledStart, Instant scheduledEnd,
                          String workerName, Instant start, Instant end, Position checkIn, Position checkOut,
                          List<VisitTask> tasks, String otherTasks, String notes, VisitConfirmation confirmation,
                          String signature, Instant confirmedAt, List<VisitException> exceptions) {

    /** Where the phone was: coordinates (null when hidden from the viewer or not given), accuracy, distance to home. */
    public record Position(Double latitude, Double longitude, Integer accuracyMetres, Integer distanceMetres) {
    }
}
