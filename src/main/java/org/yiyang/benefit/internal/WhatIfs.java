package org.yiyang.benefit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiyang.benefit.ConditionField;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.RuleVersion;
import org.yiyang.benefit.WhatIfResult;
import org.yiyang.benefit.WhatIfResult.League;
import org.yiyang.benefit.WhatIfResult.Row;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.region.DivisionScope;
import org.yiyang.shared.Money;

/**
 * Policy what-if (政策模拟) in one statement over the elder view, grouped by banner; gain = draft − both,
 * loss = now − both. When neither rule looks into another table (special categories, other programmes), one scan
 * of the registry evaluates both rules on every row. Otherwise three passes (eligible now, under the draft, under
 * both) keep the conditions in WHERE, so the database joins categories and enrolments rather than probing them row
 * by row.
 */
@Component
class WhatIfs {

    private static final String BANNER = "SUBSTRING(f.division_code, 1, 6)";
    private static final Set<ConditionField> JOINED = EnumSet.of(ConditionField.CATEGORY, ConditionField.PROGRAMME);

    private final JdbcClient jdbc;
    private final DivisionDirectory divisions;

    WhatIfs(JdbcClient jdbc, DivisionDirectory divisions) {
        this.jdbc = jdbc;
        this.divisions = divisions;
    }

    WhatIfResult compare(Programme programme, RuleVersion draft, Optional<RuleVersion> current, DivisionScope scope,
                         LocalDate asOf) {
        Rule draftRule = new Rule(RuleSql.eligible(draft.conditions(), programme.division(), "f", "d", asOf),
                RuleSql.monthlyAmount(draft.amounts(), "f", "da", asOf));
        Optional<Rule> nowRule = current.map(c -> new Rule(RuleSql.eligible(c.conditions(), programme.division(), "f",
                "c", asOf), RuleSql.monthlyAmount(c.amounts(), "f", "ca", asOf)));
        boolean joins = Stream.concat(Stream.of(draft), current.stream())
                .anyMatch(rule -> rule.conditions().stream().anyMatch(c -> JOINED.contains(c.field())));
        String inScope = scope.where("f.division_code");
        String sql = joins ? passes(draftRule, nowRule, inScope) : oneScan(draftRule, nowRule, inScope);
        Map<String, Object> params = new HashMap<>(draftRule.params());
        nowRule.ifPresent(r -> params.putAll(r.params()));
        List<Row> banners = scope.bind(jdbc.sql(sql)).params(params)
                .query((rs, n) -> {
                    long both = rs.getLong("both_count");
                    return new Row(rs.getString("banner") + "000000", null, rs.getLong("now_count"),
                            rs.getLong("draft_count"), rs.getLong("draft_count") - both, rs.getLong("now_count") - both,
                            Money.ofFen(rs.getLong("now_cost")), Money.ofFen(rs.getLong("draft_cost")));
                }).list();
        return result(programme, draft, current, asOf, banners);
    }

    /** A rule's eligibility condition and monthly amount. */
    private record Rule(SqlFragment eligible, SqlFragment amount) {
        Map<String, Object> params() {
            Map<String, Object> all = new HashMap<>(eligible.params());
            all.putAll(amount.params());
            return all;
        }
    }

    private static String oneScan(Rule draft, Optional<Rule> now, String inScope) {
        String isNow = now.map(r -> r.eligible().sql()).orElse("1 = 0");
        String nowCost = now.map(r -> fen(r.amount())).orElse("0");
        return """
                SELECT banner, SUM(is_now) AS now_count, SUM(is_draft) AS draft_count, SUM(is_now * is_draft) AS both_count,
                       SUM(is_now * now_fen) AS now_cost, SUM(is_draft * draft_fen) AS draft_cost
                FROM (SELECT %s AS banner, CASE WHEN %s THEN 1 ELSE 0 END AS is_now,
                             CASE WHEN %s THEN 1 ELSE 0 END AS is_draft, %s AS now_fen, %s AS draft_fen
                      FROM elder_benefit_fact f WHERE %s AND (%s OR %s)) x
                GROUP BY banner ORDER BY banner"""
                .formatted(BANNER, isNow, draft.eligible().sql(), nowCost, fen(draft.amount()), inScope, isNow,
                        draft.eligible().sql());
    }

    private static String passes(Rule draft, Optional<Rule> now, String inScope) {
        StringBuilder sql = new StringBuilder("SELECT banner, SUM(now_count) AS now_count, SUM(draft_count) AS draft_count,"
                + " SUM(both_count) AS both_count, SUM(now_cost) AS now_cost, SUM(draft_cost) AS draft_cost FROM (")
                .append(pass("0 AS now_count, COUNT(*) AS draft_count, 0 AS both_count, 0 AS now_cost, SUM("
                        + fen(draft.amount()) + ") AS draft_cost", inScope + " AND " + draft.eligible().sql()));
        now.ifPresent(r -> sql
                .append(" UNION ALL ").append(pass("COUNT(*), 0, 0, SUM(" + fen(r.amount()) + "), 0",
                        inScope + " AND " + r.eligible().sql()))
                .append(" UNION ALL ").append(pass("0, 0, COUNT(*), 0, 0",
                        inScope + " AND " + r.eligible().sql() + " AND " + draft.eligible().sql())));
        return sql.append(") x GROUP BY banner ORDER BY banner").toString();
    }

    private static String pass(String columns, String where) {
        return "SELECT " + BANNER + " AS banner, " + columns + " FROM elder_benefit_fact f WHERE " + where
                + " GROUP BY " + BANNER;
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
