package org.yiyang.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Instants are stored in UTC; dates people see and enter (birthdays, due dates, "today") are China Standard Time. */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }

    /** Today's date in China by {@code clock}. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
