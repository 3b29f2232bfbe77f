package org.yiyang.care.internal.bed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.care.internal.ListPage;
import org.yiyang.care.CareBedStatus;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.region.DivisionScope;

/**
 * The bed list, paginated and scoped in the query: to the viewer's division, and for a provider administrator to
 * their own provider's beds as well.
 */
@Service
@Transactional(readOnly = true)
public class BedLists {

    static final int MAX_SIZE = 100;

    private final JdbcClient jdbc;
    private final BedAccess access;

    BedLists(JdbcClient jdbc, BedAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    public ListPage<BedRow> list(Viewer viewer, BedQuery query, int page, int size) {
        BedAccess.require(viewer, java.util.EnumSet.of(Role.ADMIN, Role.REGULATOR, Role.PROVIDER_ADMIN));
        int pageSize = Math.min(Math.max(1, size), MAX_SIZE);
        int pageNumber = Math.max(0, page);
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(viewer, query, params);
        long total = viewer.scope().bind(jdbc.sql("SELECT COUNT(*) FROM care_bed b WHERE " + where)).params(params)
                .query(Long.class).single();
        List<BedRow> rows = viewer.scope().bind(jdbc.sql("""
                        SELECT b.id, b.elder_name, b.division_name, b.provider_name, b.agreement_no, b.agreement_end,
                               b.status, b.service_start
                        FROM care_bed b WHERE\s""" + where + " ORDER BY b.id DESC LIMIT :limit OFFSET :offset"))
                .params(params).param("limit", pageSize).param("offset", (long) pageNumber * pageSize)
                .query((rs, n) -> new BedRow(rs.getLong("id"), rs.getString("elder_name"),
                        rs.getString("division_name"), rs.getString("provider_name"), rs.getString("agreement_no"),
                        BedReader.date(rs, "agreement_end"), CareBedStatus.valueOf(rs.getString("status")),
                        BedReader.date(rs, "service_start"))).list();
        return new ListPage<>(rows, pageNumber, pageSize, total);
    }

    /** The providers with beds the viewer may see, to filter by: id → name. */
    public Map<Long, String> providers(Viewer viewer) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(viewer, new BedQuery(null, null), params);
        Map<Long, String> providers = new LinkedHashMap<>();
        viewer.scope().bind(jdbc.sql("SELECT DISTINCT b.provider_id, b.provider_name FROM care_bed b WHERE " + where
                        + " ORDER BY b.provider_name")).params(params)
                .query((rs, n) -> providers.put(rs.getLong(1), rs.getString(2))).list();
        return providers;
    }

    /** The conditions every bed query of the viewer carries, division scope first; fills {@code params}. */
    String where(Viewer viewer, BedQuery query, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(DivisionScope.of(viewer.division()).where("b.division_code"));
        Long provider = access.ownProvider(viewer).orElse(query.providerId());
        if (provider != null) {
            where.append(" AND b.provider_id = :provider");
            params.put("provider", provider);
        }
        if (query.status() != null) {
            where.append(" AND b.status = :status");
            params.put("status", query.status().name());
        }
        return where.toString();
    }
}
