package org.yiyang.care.internal.bed;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;

/**
 * The monthly plan-vs-visits report, set-based: the plans and the visits the service module reported complete
 * ({@link BedVisits}) are summed per bed in one query, and the totals in another, whatever the number of beds.
 */
@Service
@Transactional(readOnly = true)
public class PlanReports {

    /** Per bed: planned visits, visits counted for the plan (capped per item), all visits of plan items. */
    private static final String PER_BED = """
            SELECT p.bed_id, SUM(p.visits_per_month) AS planned,
                   SUM(LEAST(COALESCE(v.n, 0), p.visits_per_month)) AS met, SUM(COALESCE(v.n, 0)) AS done
            FROM care_bed_plan_item p
            LEFT JOIN (SELECT bed_id, item, COUNT(*) AS n FROM care_bed_visit WHERE visit_month = :month
                       GROUP BY bed_id, item) v ON v.bed_id = p.bed_id AND v.item = p.item
            GROUP BY p.bed_id""";

    private final JdbcClient jdbc;
    private final BedLists lists;

    PlanReports(JdbcClient jdbc, BedLists lists) {
        this.jdbc = jdbc;
        this.lists = lists;
    }

    public PlanReport report(Viewer viewer, YearMonth month, Long providerId, int page, int size) {
        BedAccess.require(viewer, EnumSet.of(Role.ADMIN, Role.REGULATOR, Role.PROVIDER_ADMIN));
        int pageSize = Math.min(Math.max(1, size), BedLists.MAX_SIZE);
        int pageNumber = Math.max(0, page);
        Map<String, Object> params = new LinkedHashMap<>();
        String where = lists.where(viewer, new BedQuery(null, providerId), params)
                + " AND b.service_start <= :monthEnd AND (b.terminated_on IS NULL OR b.terminated_on >= :monthStart)";
        params.put("month", month.atDay(1));
        params.put("monthStart", month.atDay(1));
        params.put("monthEnd", month.atEndOfMonth());
        String from = " FROM care_bed b JOIN (" + PER_BED + ") f ON f.bed_id = b.id WHERE " + where;
        List<PlanReport.Row> rows = viewer.scope().bind(jdbc.sql("""
                        SELECT b.id, b.elder_name, b.division_name, b.provider_name, f.planned, f.met, f.done"""
                        + from + " ORDER BY f.met * 1.0 / f.planned, b.id LIMIT :limit OFFSET :offset"))
                .params(params).param("limit", pageSize).param("offset", (long) pageNumber * pageSize)
                .query((rs, n) -> new PlanReport.Row(rs.getLong("id"), rs.getString("elder_name"),
                        rs.getString("division_name"), rs.getString("provider_name"), rs.getInt("planned"),
                        rs.getInt("met"), rs.getInt("done"))).list();
        PlanReport.Totals totals = viewer.scope().bind(jdbc.sql("""
                        SELECT COUNT(*), COALESCE(SUM(f.planned), 0), COALESCE(SUM(f.met), 0),
                               COALESCE(SUM(CASE WHEN f.met >= f.planned THEN 1 ELSE 0 END), 0)""" + from))
                .params(params).query((rs, n) -> new PlanReport.Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4))).single();
        return new PlanReport(month, rows, totals, pageNumber, pageSize);
    }
}
