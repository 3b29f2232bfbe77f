package org.yiyang.benefit;

import java.time.YearMonth;

/** Which payment file to generate: a cash programme, the month paid for, and a banner or lower division (12 digits). */
public record FileRequest(long programmeId, YearMonth month, String divisionCode) {
}
