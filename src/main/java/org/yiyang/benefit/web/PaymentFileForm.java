package org.yiyang.benefit.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.FileRequest;

/** Which payment file to generate, as the form sends it: a programme, a month (yyyy-MM) and a division code. */
record PaymentFileForm(String programmeId, String month, String divisionCode) {

    FileRequest request() {
        long programme;
        try {
            programme = Long.parseLong(programmeId == null ? "" : programmeId.strip());
        } catch (NumberFormatException e) {
            throw BenefitProblem.of("programmeId", "ledger.error.fileProgramme");
        }
        return new FileRequest(programme, month(month), divisionCode == null ? "" : divisionCode.strip());
    }

    static YearMonth month(String typed) {
        try {
            return YearMonth.parse(typed == null ? "" : typed.strip());
        } catch (DateTimeParseException e) {
            throw BenefitProblem.of("month", "ledger.error.fileMonth");
        }
    }
}
