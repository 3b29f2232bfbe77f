package org.yiyang.service.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiyang.identity.Viewer;
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
    private final VisibleRows visible;
    private final Clock clock;

    ComplaintLists(JdbcClient jdbc, VisibleRows visible, Clock clock) {
        this.jdbc = jdbc;
        this.visible = visible;
        this.clock = clock;
    }

    ComplaintPage list(Viewer viewer, ComplaintQuery query, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_SIZE));
        int pageNumber = Math.max(0, page);
        ListFilter filter = visible.of(viewer, "c", null);
        if (query.status() != null) {
            filter.and("c.status = :status", "status", query.status().name());
        }
        if (query.providerId() != null) {
            filter.and("c.provider_id = :providerFilter", "providerFilter", query.providerId());
        }
        long total = filter.bind(jdbc.sql("SELECT COUNT(*) FROM service_complaint c WHERE " + filter.sql()))
                .query(Long.class).single();
        Instant now = clock.instant();
        List<Complaint> complaints = filter.bind(jdbc.sql("SELECT " + ComplaintRow.COLUMNS
                        + " FROM service_complaint c WHERE " + filter.sql() + ORDER + " LIMIT :limit OFFSET :offset"))
                .param("limit", pageSize).param("offset", (long) pageNumber * pageSize)
                .query(ComplaintRow::row).list().stream().map(row -> row.complaint(now)).toList();
        return new ComplaintPage(complaints, total, pageNumber, pageSize);
    }
}
