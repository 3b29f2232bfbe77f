package org.yiyang.service.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.identity.Viewer;
import org.yiyang.provider.ProviderDirectory;
import org.yiyang.region.DivisionScope;
import org.yiyang.service.OrderPage;
import org.yiyang.service.OrderQuery;
import org.yiyang.service.OrderSummary;
import org.yiyang.shared.ChinaTime;

/** Order lists, narrowed in SQL to what the viewer may see and paged there. */
@Component
class OrderLists {

    static final int MAX_SIZE = 200;

    private final JdbcClient jdbc;
    private final ServiceRecipients recipients;
    private final FamilyLinks familyLinks;
    private final ProviderDirectory providers;

    OrderLists(JdbcClient jdbc, ServiceRecipients recipients, FamilyLinks familyLinks, ProviderDirectory providers) {
        this.jdbc = jdbc;
        this.recipients = recipients;
        this.familyLinks = familyLinks;
        this.providers = providers;
    }

    OrderPage list(Viewer viewer, OrderQuery query, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_SIZE));
        int pageNumber = Math.max(0, page);
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        DivisionScope scope = visibleTo(viewer, where, params);
        if (query.status() != null) {
            where.add("o.status = :status");
            params.put("status", query.status().name());
        }
        if (query.elderId() != null) {
            where.add("o.elder_id = :elderId");
            params.put("elderId", query.elderId());
        }
        if (query.date() != null) {
            where.add("o.scheduled_start >= :dayFrom AND o.scheduled_start < :dayTo");
            params.put("dayFrom", Timestamp.from(query.date().atStartOfDay(ChinaTime.ZONE).toInstant()));
            params.put("dayTo", Timestamp.from(query.date().plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant()));
        }
        String condition = String.join(" AND ", where);
        long total = bind(scope, jdbc.sql("SELECT COUNT(*) FROM service_order o WHERE " + condition).params(params))
                .query(Long.class).single();
        List<OrderSummary> orders = bind(scope, jdbc.sql("SELECT " + OrderRow.COLUMNS
                        + " FROM service_order o WHERE " + condition
                        + " ORDER BY o.scheduled_start DESC, o.id DESC LIMIT :limit OFFSET :offset").params(params))
                .param("limit", pageSize).param("offset", (long) pageNumber * pageSize)
                .query(OrderStore::row).list().stream().map(OrderRow::summary).toList();
        return new OrderPage(orders, total, pageNumber, pageSize);
    }

    private static JdbcClient.StatementSpec bind(DivisionScope scope, JdbcClient.StatementSpec spec) {
        return scope == null ? spec : scope.bind(spec);
    }

    /** Adds the viewer's own condition; returns the division scope to bind when the condition uses one. */
    private DivisionScope visibleTo(Viewer viewer, List<String> where, Map<String, Object> params) {
        switch (viewer.role()) {
            case ELDER -> {
                where.add("o.elder_id = :own");
                params.put("own", recipients.ownElderId(viewer).orElse(-1L));
            }
            case FAMILY -> {
                List<Long> elders = familyLinks.linkedElders(viewer).stream().map(l -> l.elder().id()).toList();
                where.add("o.elder_id IN (:linked)");
                params.put("linked", elders.isEmpty() ? List.of(-1L) : elders);
            }
            case PROVIDER_ADMIN -> {
                where.add("o.provider_id = :provider");
                params.put("provider", providers.membershipOf(viewer).map(m -> m.providerId()).orElse(-1L));
            }
            case CAREGIVER -> {
                where.add("o.caregiver_id = :staff");
                params.put("staff", providers.membershipOf(viewer).map(m -> m.staffId()).filter(s -> s != null).orElse(-1L));
            }
            case OPERATOR, REGULATOR, ADMIN -> {
                DivisionScope scope = viewer.scope();
                where.add(scope.where("o.division_code"));
                return scope;
            }
            default -> where.add("1 = 0");
        }
        return null;
    }
}
