package org.yiyang.service.internal;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiyang.identity.Viewer;
import org.yiyang.service.OrderPage;
import org.yiyang.service.OrderQuery;
import org.yiyang.service.OrderSummary;
import org.yiyang.shared.ChinaTime;

/** Order lists, narrowed in SQL to what the viewer may see and paged there. */
@Component
class OrderLists {

    static final int MAX_SIZE = 200;

    private final JdbcClient jdbc;
    private final VisibleRows visible;

    OrderLists(JdbcClient jdbc, VisibleRows visible) {
        this.jdbc = jdbc;
        this.visible = visible;
    }

    OrderPage list(Viewer viewer, OrderQuery query, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_SIZE));
        int pageNumber = Math.max(0, page);
        ListFilter filter = visible.of(viewer, "o", "caregiver_id");
        if (query.status() != null) {
            filter.and("o.status = :status", "status", query.status().name());
        }
        if (query.elderId() != null) {
            filter.and("o.elder_id = :elderId", "elderId", query.elderId());
        }
        if (query.date() != null) {
            filter.and("o.scheduled_start >= :dayFrom", "dayFrom",
                            Timestamp.from(query.date().atStartOfDay(ChinaTime.ZONE).toInstant()))
                    .and("o.scheduled_start < :dayTo", "dayTo",
                            Timestamp.from(query.date().plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant()));
        }
        long total = filter.bind(jdbc.sql("SELECT COUNT(*) FROM service_order o WHERE " + filter.sql()))
                .query(Long.class).single();
        List<OrderSummary> orders = filter.bind(jdbc.sql("SELECT " + OrderRow.COLUMNS + " FROM service_order o WHERE "
                        + filter.sql() + " ORDER BY o.scheduled_start DESC, o.id DESC LIMIT :limit OFFSET :offset"))
                .param("limit", pageSize).param("offset", (long) pageNumber * pageSize)
                .query(OrderStore::row).list().stream().map(OrderRow::summary).toList();
        return new OrderPage(orders, total, pageNumber, pageSize);
    }
}
