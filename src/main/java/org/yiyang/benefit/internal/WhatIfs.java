package org.yiyang.benefit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.RuleVersion;
import org.yiyang.benefit.WhatIfResult;
import org.yiyang.benefit.WhatIfResult.League;
import org.yiyang.benefit.WhatIfResult.Row;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.region.DivisionScope;
import org.yiyang.shared.Money;

/**
 * Policy what-if (政策模拟) in one statement over the elder view, grouped by banner: three passes (eligible now,
 * under the draft, under both) whose conditions stay in WHERE, so the database joins categories and enrolments
 * rather than probing them row by row; gain = draft − both, loss = now − both.
 */
@Component
class WhatIfs {

    private final JdbcClient jdbc;
    private final DivisionDirectory divisions;

    WhatIfs(JdbcClient jdbc, DivisionDirectory divisions) {
        this.jdbc = jdbc;
        this.divisions = divisions;
    }

    WhatIfResult compare(Programme programme, RuleVersion draft, Optional<RuleVersion> current, DivisionScope scope,
                         LocalDate asOf) {
        SqlFragment draftRule = RuleSql.eligible(draft.conditions(), programme.division(), "f", "d", asOf);
        SqlFragment draftAmount = RuleSql.monthlyAmount(draft.amounts(), "f", "da", asOf);
        String banner = "SUBSTRING(f.division_code, 1, 6)";
        String inScope = scope.where("f.division_code");
        StringBuilder sql = new StringBuilder("SELECT banner, SUM(now_count) AS now_count, SUM(draft_count) AS draft_count,"
                + " SUM(both_count) AS both_count, SUM(now_cost) AS now_cost, SUM(draft_cost) AS draft_cost FROM (")
                .append("SELECT ").append(banner).append(" AS banner, 0 AS now_count, COUNT(*) AS draft_count, 0 AS both_count,")
                .append(" 0 AS now_cost, SUM(").append(fen(draftAmount)).append(") AS draft_cost")
                .append(" FROM elder_benefit_fact f WHERE ").append(inScope).append(" AND ").append(draftRule.sql())
                .append(" GROUP BY ").append(banner);
        var params = new java.util.HashMap<>(draftRule.params());
        params.putAll(draftAmount.params());
        if (current.isPresent()) {
            SqlFragment nowRule = RuleSql.eligible(current.get().conditions(), programme.division(), "f", "c", asOf);
            SqlFragment nowAmount = RuleSql.monthlyAmount(current.get().amounts(), "f", "ca", asOf);
            sql.append(" UNION ALL SELECT ").append(banner).append(", COUNT(*), 0, 0, SUM(").append(fen(nowAmount))
                    .append("), 0 FROM elder_benefit_fact f WHERE ").append(inScope).append(" AND ").append(nowRule.sql())
                    .append(" GROUP BY ").append(banner)
                    .append(" UNION ALL SELECT ").append(banner).append(", 0, 0, COUNT(*), 0, 0 FROM elder_benefit_fact f WHERE ")
                    .append(inScope).append(" AND ").append(nowRule.sql()).append(" AND ").append(draftRule.sql())
                    .append(" GROUP BY ").append(banner);
            params.putAll(nowRule.params());
            params.putAll(nowAmount.params());
        }
        sql.append(") x GROUP BY banner ORDER BY banner");
        List<Row> banners = scope.bind(jdbc.sql(sql.toString())).params(params)
                .query((rs, n) -> {
                    long both = rs.getLong("both_count");
                    return new Row(rs.getString("banner") + "000000", null, rs.getLong("now_count"),
                            rs.getLong("draft_count"), rs.getLong("draft_count") - both, rs.getLong("now_count") - both,
                            Money.ofFen(rs.getLong("now_cost")), Money.ofFen(rs.getLong("draft_cost")));
                }).list();
        return result(programme, draft, current, asOf, banners);
    }

    /** A fixed amount is a bare parameter, whose type H2 must be told before it can sum it. */
    private static String fen(SqlFragment amount) {
        return "CAST(" + amount.sql() + " AS BIGINT)";
    }

    private WhatIfResult result(Programme programme, RuleVersion draft, Optional<RuleVersion> current, LocalDate asOf,
                                List<Row> banners) {
        Set<String> codes = new HashSet<>();
        banners.forEach(b -> {
            codes.add(b.code());
            codes.add(leagueOf(b.code()));
        });
        Map<String, String> names = divisions.names(codes);
        TreeMap<String, List<Row>> byLeague = new TreeMap<>();
        for (Row b : banners) {
            byLeague.computeIfAbsent(leagueOf(b.code()), l -> new ArrayList<>())
                    .add(new Row(b.code(), names.getOrDefault(b.code(), b.code()), b.eligibleNow(), b.eligibleDraft(),
                            b.gain(), b.loss(), b.monthlyNow(), b.monthlyDraft()));
        }
        List<League> leagues = new ArrayList<>();
        Row total = Row.empty(programme.division().value(), programme.name());
        for (var league : byLeague.entrySet()) {
            Row subtotal = Row.empty(league.getKey(), names.getOrDefault(league.getKey(), league.getKey()));
            for (Row b : league.getValue()) {
                subtotal = subtotal.plus(b, subtotal.code(), subtotal.name());
            }
            leagues.add(new League(subtotal, league.getValue()));
            total = total.plus(subtotal, total.code(), total.name());
        }
        return new WhatIfResult(programme.id(), programme.name(), draft.id(), draft.version(),
                current.map(RuleVersion::id).orElse(null), current.map(RuleVersion::version).orElse(null), asOf,
                programme.payout().isMonthly(), leagues, total);
    }

    private static String leagueOf(String bannerCode) {
        return bannerCode.substring(0, 4) + "00000000";
    }
}
