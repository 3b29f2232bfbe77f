package org.yiyang.provider.internal;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/** Open days stored as a 7-character mask, Monday first: {@code 1111100} is Monday to Friday. */
final class OpeningDays {

    private OpeningDays() {
    }

    static String mask(Set<DayOfWeek> days) {
        StringBuilder mask = new StringBuilder(7);
        for (DayOfWeek day : DayOfWeek.values()) {
            mask.append(days.contains(day) ? '1' : '0');
        }
        return mask.toString();
    }

    static Set<DayOfWeek> parse(String mask) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (mask.length() >= day.getValue() && mask.charAt(day.getValue() - 1) == '1') {
                days.add(day);
            }
        }
        return days;
    }
}
