package org.yiyang.benefit.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.yiyang.benefit.BenefitProblem;

/** A month as forms and addresses write it, {@code 2026-05}. */
final class MonthParam {

    private MonthParam() {
    }

    static YearMonth parse(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw BenefitProblem.of("month", "ledger.error.allowanceMonthInvalid");
        }
    }
}
