package org.yiyang.service;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A weekly start time at which the offering can be booked, and how many orders one date's slot takes. */
public record OfferingSlot(DayOfWeek day, LocalTime start, int capacity) {
}
