package org.yiyang.benefit.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yiyang.benefit.RuleStatus;
import org.yiyang.benefit.RuleVersion;

/**
 * What an enrolment {@code en} (with its {@code start_date}) of elder {@code f} (a row of elder_benefit_fact) is owed
 * for one month, in fen, as SQL.
 *
 * <ul>
 *   <li>The rule version is the one in effect on the elder's first entitled day of the month: the first day, or the
 *       enrolment's start in its start month. So a version that starts mid-month pays the elders who join under it
 *       that month, and everyone from the next month on; the month a version ends is still paid by it in full.</li>
 *   <li>The age band is the one reached by the first day of the month (高龄津贴分档): a birthday during the month
 *       raises the amount from the next month.</li>
 *   <li>Pro-rata in the start month only: enrolled from day d of a month of n days, floor(amount × (n − d + 1) / n)
 *       fen. The month an enrolment ends (death, move-out) is paid in full.</li>
 * </ul>
 * The expression is NULL when no published version is in effect on that day.
 */
final class MonthlyAmountSql {

    private MonthlyAmountSql() {
    }

    /** Parameters {@code m_first} and {@code m_days} are part of the fragment; empty when no version covers the month. */
    static Optional<SqlFragment> owed(List<RuleVersion> rules, YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        List<RuleVersion> versions = rules.stream().filter(r -> r.status() == RuleStatus.PUBLISHED)
                .filter(r -> !r.effectiveFrom().isAfter(last) && (r.effectiveTo() == null || !r.effectiveTo().isBefore(first)))
                .toList();
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("m_first", first);
        params.put("m_days", month.lengthOfMonth());
        String firstEntitledDay = "CASE WHEN en.start_date > :m_first THEN en.start_date ELSE :m_first END";
        StringBuilder full = new StringBuilder("CASE");
        for (int i = 0; i < versions.size(); i++) {
            RuleVersion version = versions.get(i);
            SqlFragment amount = RuleSql.monthlyAmount(version.amounts(), "f", "r" + i + "a", first);
            params.putAll(amount.params());
            params.put("r" + i + "from", version.effectiveFrom());
            params.put("r" + i + "to", version.effectiveTo() == null ? last : version.effectiveTo());
            full.append(" WHEN ").append(firstEntitledDay).append(" BETWEEN :r").append(i).append("from AND :r")
                    .append(i).append("to THEN CAST(").append(amount.sql()).append(" AS BIGINT)");
        }
        full.append(" END");
        String owed = "CASE WHEN en.start_date > :m_first THEN CAST(FLOOR(" + full
                + " * (:m_days - EXTRACT(DAY FROM en.start_date) + 1) / :m_days) AS BIGINT) ELSE " + full + " END";
        return Optional.of(new SqlFragment(owed, params));
    }
}
