package org.yiyang.benefit;

import java.time.YearMonth;

import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;

/** A due cash allowance that could not go into a payment file because the elder has no bank account on file. */
public record UnfiledAllowance(long allowanceId, long elderId, String elderName, DivisionCode division, YearMonth month,
                               Money amount) {
}
