package org.yiyang.elder;

import java.time.LocalDate;

/** High-age bands (高龄) derived from the birth date, never typed. */
public enum AgeBand {
    UNDER_80(60, 79), AGE_80(80, 89), AGE_90(90, 99), AGE_100(100, 200);

    private final int from;
    private final int to;

    AgeBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    public static AgeBand of(int age) {
        for (AgeBand band : values()) {
            if (age >= band.from && age <= band.to) {
                return band;
            }
        }
        return UNDER_80;
    }

    /** Latest birth date (inclusive) of someone in this band on {@code today}. */
    public LocalDate bornOnOrBefore(LocalDate today) {
        return today.minusYears(from);
    }

    /** Earliest birth date (exclusive) of someone in this band on {@code today}. */
    public LocalDate bornAfter(LocalDate today) {
        return today.minusYears(to + 1L);
    }

    public String messageKey() {
        return "elder.age." + name();
    }
}
