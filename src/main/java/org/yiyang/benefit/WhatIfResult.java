package org.yiyang.benefit;

import java.time.LocalDate;
import java.util.List;

import org.yiyang.shared.Money;

/**
 * Policy what-if (政策模拟): who would gain or lose a programme if a draft rule replaced the rule in effect today
 * ({@code currentRuleId} null when none is: then nobody is eligible now), and the monthly cost before and after,
 * by league and banner within the viewer's division. {@code monthly} is false for programmes that pay per order
 * or in points: their costs are then zero.
 */
public record WhatIfResult(long programmeId, String programmeName, long draftRuleId, int draftVersion,
                           Long currentRuleId, Integer currentVersion, LocalDate asOf, boolean monthly,
                           List<League> leagues, Row total) {

    public WhatIfResult {
        leagues = List.copyOf(leagues);
    }

    /** One division's numbers: eligible now and under the draft, who gains, who loses, the monthly cost of each. */
    public record Row(String code, String name, long eligibleNow, long eligibleDraft, long gain, long loss,
                      Money monthlyNow, Money monthlyDraft) {

        public Money costChange() {
            return monthlyDraft.minus(monthlyNow);
        }

        public Row plus(Row other, String code, String name) {
            return new Row(code, name, eligibleNow + other.eligibleNow, eligibleDraft + other.eligibleDraft,
                    gain + other.gain, loss + other.loss, monthlyNow.plus(other.monthlyNow),
                    monthlyDraft.plus(other.monthlyDraft));
        }

        public static Row empty(String code, String name) {
            return new Row(code, name, 0, 0, 0, 0, Money.ZERO, Money.ZERO);
        }
    }

    /** A league (盟市) subtotal and its banners (旗县). */
    public record League(Row subtotal, List<Row> banners) {

        public League {
            banners = List.copyOf(banners);
        }
    }
}
