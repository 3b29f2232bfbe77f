package org.yiyang.care.internal.bed;

import org.yiyang.care.CareBedStatus;

/** Filters of the bed list; both optional, and the viewer's division (and provider) always apply. */
public record BedQuery(CareBedStatus status, Long providerId) {
}
