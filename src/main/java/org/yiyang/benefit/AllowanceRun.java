package org.yiyang.benefit;

import java.time.YearMonth;

import org.yiyang.shared.Money;

/** What one generation or re-issue of a month added: rows, their total and the ledger transaction that credits them. */
public record AllowanceRun(long programmeId, YearMonth month, AllowanceOrigin origin, long rows, Money total,
                           long transactionId) {
}
