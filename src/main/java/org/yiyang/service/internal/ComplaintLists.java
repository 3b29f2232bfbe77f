package org.yiyang.service.internal;

import java.time.Clock;
import java.time.Instant;
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
import org.yiyang.service.Complaint;
import org.yiyang.service.ComplaintPage;
import org.yiyang.service.ComplaintQuery;

/** Complaint lists, narrowed in SQL to what the viewer may see, escalated first, then by deadline, and paged there. */
@Component
class ComplaintLists {

    static final int MAX_SIZE = 100;
    private static final String ORDER = """
             ORDER BY CASE c.status WHEN 'ESCALATED' THEN 0 WHEN 'OPEN' THEN 1 WHEN 'ANSWERED' THEN 2 ELSE 3 END,
            c.due_at, c.id""";

    private final JdbcClient jdbc;
    private final ServiceRecipients recipients;
    private final FamilyLinks familyLinks;
    private final ProviderDirectory providers;
    private final Clock clock;

    ComplaintLists(JdbcClient jdbc, ServiceRecipients recipients, FamilyLinks familyLinks, ProviderDirectory providers,
                   Clock clock) {
        this.jdbc = jdbc;
        this.recipients = recipients;
        this.familyLinks = familyLinks;
        this.providers = providers;
        this.clock = clock;
    }

    ComplaintPage list(Viewer viewer, ComplaintQuery query, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_SIZE));
        int pageNumber = Math.max(0, page);
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        DivisionScope scope = visibleTo(viewer, where, params);
        if (query.status() != null) {
            where.add("c.status = :status");
            params.put("status", query.status().name());
        }
        if (query.providerId() != null) {
            where.add("c.provider_id = :providerFilter");
            params.put("providerFilter", query.providerId());
        }
        String condition = String.join(" AND ", where);
        long total = bind(scope, jdbc.sql("SELECT COUNT(*) FROM service_complaint c WHERE " + condition).params(params))
                .query(Long.class).single();
        Instant now = clock.instant();
        List<Complaint> complaints = bind(scope, jdbc.sql("SELECT " + ComplaintRow.COLUMNS
                        + " FROM service_complaint c WHERE " + condition + ORDER + " LIMIT :limit OFFSET :offset")
                        .params(params))
                .param("limit", pageSize).param("offset", (long) pageNumber * pageSize)
                .query(ComplaintRow::row).list().stream().map(row -> row.complaint(now)).toList();
        return new ComplaintPage(complaints, total, pageNumber, pageSize);
    }

    private static JdbcClient.StatementSpec bind(DivisionScope scope, JdbcClient.StatementSpec spec) {
        return scope == null ? spec : scope.bind(spec);
    }

    /** Adds the viewer's own condition; returns the division scope to bind when the condition uses one. */
    private DivisionScope visibleTo(Viewer viewer, List<String> where, Map<String, Object> params) {
        switch (viewer.role()) {
            case ELDER -> {
                where.add("c.elder_id = :own");
                params.put("own", recipients.ownElderId(viewer).orElse(-1L));
            }
            case FAMILY -> {
                List<Long> elders = familyLinks.linkedElders(viewer).stream().map(l -> l.elder().id()).toList();
                where.add("c.elder_id IN (:linked)");
                params.put("linked", elders.isEmpty() ? List.of(-1L) : elders);
            }
            case PROVIDER_ADMIN -> {
                where.add("c.provider_id = :provider");
                params.put("provider", providers.membershipOf(viewer).map(m -> m.providerId()).orElse(-1L));
            }
            case OPERATOR, REGULATOR, ADMIN -> {
                DivisionScope scope = viewer.scope();
                where.add("(" + scope.where("c.division_code") + " OR " + scope.where("c.provider_division") + ")");
                return scope;
            }
            default -> where.add("1 = 0");
        }
        return null;
    }
}
