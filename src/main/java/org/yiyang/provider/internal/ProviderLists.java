package org.yiyang.provider.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiyang.provider.ProviderKind;
import org.yiyang.provider.ProviderStatus;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.region.DivisionScope;

/** The management list: providers within a division scope, filtered and paginated in SQL, with staff figures. */
@Component
class ProviderLists {

    private final JdbcClient jdbc;
    private final DivisionDirectory divisions;

    ProviderLists(JdbcClient jdbc, DivisionDirectory divisions) {
        this.jdbc = jdbc;
        this.divisions = divisions;
    }

    ListPage<ProviderRow> page(DivisionScope scope, String text, ProviderKind kind, ProviderStatus status, int page,
                               int size) {
        StringBuilder where = new StringBuilder(scope.where("p.division_code"));
        Map<String, Object> params = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            where.append(" AND LOWER(p.name) LIKE :text");
            params.put("text", "%" + DirectorySearch.escapeLike(text.strip().toLowerCase()) + "%");
        }
        if (kind != null) {
            where.append(" AND p.kind = :kind");
            params.put("kind", kind.name());
        }
        if (status != null) {
            where.append(" AND p.status = :status");
            params.put("status", status.name());
        }
        long total = scope.bind(jdbc.sql("SELECT COUNT(*) FROM provider_org p WHERE " + where).params(params))
                .query(Long.class).single();
        List<ProviderRow> rows = scope.bind(jdbc.sql("""
                        SELECT p.id, p.name, p.kind, p.division_code, p.status, p.rating_level,
                            (SELECT COUNT(*) FROM provider_staff s WHERE s.provider_id = p.id AND s.active = TRUE) AS active_staff,
                            (SELECT COUNT(*) FROM provider_staff s WHERE s.provider_id = p.id AND s.active = TRUE
                                AND s.pre_job_trained = TRUE) AS trained_staff
                        FROM provider_org p WHERE %s
                        ORDER BY p.division_code, p.name, p.id LIMIT :limit OFFSET :offset""".formatted(where))
                        .params(params).param("limit", size).param("offset", (long) page * size))
                .query((rs, n) -> new ProviderRow(rs.getLong("id"), rs.getString("name"),
                        ProviderKind.valueOf(rs.getString("kind")), rs.getString("division_code"), null,
                        ProviderStatus.valueOf(rs.getString("status")),
                        (Integer) rs.getObject("rating_level", Integer.class), rs.getInt("active_staff"),
                        rs.getInt("trained_staff")))
                .list();
        Map<String, String> names = divisions.names(rows.stream().map(ProviderRow::divisionCode).toList());
        List<ProviderRow> named = rows.stream().map(r -> new ProviderRow(r.id(), r.name(), r.kind(), r.divisionCode(),
                names.getOrDefault(r.divisionCode(), r.divisionCode()), r.status(), r.ratingLevel(), r.activeStaff(),
                r.trainedStaff())).toList();
        return new ListPage<>(named, page, size, total);
    }
}
