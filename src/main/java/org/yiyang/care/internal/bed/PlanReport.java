package org.yiyang.care.internal.bed;

import java.time.YearMonth;
import java.util.List;

/**
 * Care plans against completed visits for one month (家庭养老床位服务完成情况): every bed that served during the
 * month, with its planned visits, the visits that count for the plan (per item at most what the plan asks) and
 * all completed visits of plan items; weakest fulfilment first.
 */
public record PlanReport(YearMonth month, List<Row> rows, Totals totals, int page, int size) {

    public int pages() {
        return (int) ((totals.beds() + size - 1) / size);
    }

    public record Row(long bedId, String elderName, String divisionName, String providerName, int planned, int met,
                      int done) {

        public int percent() {
            return planned == 0 ? 100 : met * 100 / planned;
        }
    }

    /** The whole selection, not just the page: beds, planned, met, and beds whose plan was fully met. */
    public record Totals(long beds, long planned, long met, long fullyMet) {

        public int percent() {
            return planned == 0 ? 100 : (int) (met * 100 / planned);
        }
    }
}
