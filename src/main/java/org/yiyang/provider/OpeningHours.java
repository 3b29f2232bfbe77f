package org.yiyang.provider;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;

/** The days and the daily hours a provider serves (营业时间); a service must start and end within them. */
public record OpeningHours(Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {

    public OpeningHours {
        days = Set.copyOf(days);
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("Opening hours must open before they close");
        }
    }

    /** True when {@code start}..{@code end} (China time) lies within one open day. */
    public boolean covers(LocalDateTime start, LocalDateTime end) {
        return start.toLocalDate().equals(end.toLocalDate())
                && days.contains(start.getDayOfWeek())
                && !start.toLocalTime().isBefore(opens)
                && !end.toLocalTime().isAfter(closes);
    }
}
