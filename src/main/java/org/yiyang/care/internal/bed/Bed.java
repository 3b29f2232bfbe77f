package org.yiyang.care.internal.bed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.yiyang.care.CareBedStatus;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;

/** One family care bed as stored: the agreement, the home adaptation and where the bed stands. */
public record Bed(long id, long elderId, String elderName, DivisionCode division, String divisionName,
                  long providerId, String providerName, String agreementNo, LocalDate agreementStart,
                  LocalDate agreementEnd, Set<AdaptationItem> adaptation, LocalDate adaptationDoneOn,
                  Money adaptationCost, String adaptationNote, CareBedStatus status, LocalDate acceptedOn,
                  LocalDate serviceStart, LocalDate terminatedOn, String terminationReason, Instant registeredAt) {
}
