package org.yiyang.benefit;

import java.time.YearMonth;

import org.yiyang.shared.Money;

/** One elder's allowance from one programme for one month. */
public record AllowanceRow(long id, long programmeId, long elderId, String elderName, YearMonth month, Money amount,
                           String divisionCode, AllowanceOrigin origin, AllowanceStatus status) {
}
