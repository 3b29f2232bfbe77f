package org.yiyang.benefit;

import java.time.Instant;
import java.time.YearMonth;

import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;

/**
 * A bank payment file (代发文件) of one cash programme, month and division: what it holds ({@code rowCount},
 * {@code total}) and, once settled, what the bank paid and what failed (failed rows go into a later file).
 */
public record PaymentFile(long id, long programmeId, String programmeCode, String programmeName, YearMonth month,
                          DivisionCode division, String divisionName, int rowCount, Money total,
                          PaymentFileStatus status, Instant createdAt, String createdBy, Instant settledAt,
                          long paidCount, Money paidTotal, long failedCount) {

    public boolean isOpen() {
        return status == PaymentFileStatus.OPEN;
    }
}
