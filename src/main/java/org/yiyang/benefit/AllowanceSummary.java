package org.yiyang.benefit;

import java.util.List;

/**
 * A monthly programme with its recently generated months, newest first, and whether the viewer may generate and
 * re-issue its allowances (a regulator of the programme's division or above).
 */
public record AllowanceSummary(Programme programme, List<AllowanceMonth> months, boolean manageable) {

    public AllowanceSummary {
        months = List.copyOf(months);
    }
}
