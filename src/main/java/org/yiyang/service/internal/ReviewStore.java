package org.yiyang.service.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yiyang.identity.Viewer;
import org.yiyang.service.Review;
import org.yiyang.service.ReviewDraft;
import org.yiyang.service.ReviewTag;

/** service_review rows. */
@Repository
class ReviewStore {

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(long orderId) {
        return jdbc.sql("SELECT COUNT(*) FROM service_review WHERE order_id = :order").param("order", orderId)
                .query(Long.class).single() > 0;
    }

    void insert(OrderRow order, ReviewDraft draft, String comment, Viewer by, Instant at) {
        jdbc.sql("""
                        INSERT INTO service_review (order_id, elder_id, division_code, provider_id, provider_name,
                        provider_division, stars, tags, comment, by_account, by_role, at)
                        VALUES (:order, :elder, :division, :provider, :providerName, :providerDivision, :stars, :tags,
                        :comment, :by, :role, :at)""")
                .param("order", order.id()).param("elder", order.elderId()).param("division", order.divisionCode())
                .param("provider", order.providerId()).param("providerName", order.providerName())
                .param("providerDivision", order.providerDivision()).param("stars", draft.stars())
                .param("tags", codes(draft.tags())).param("comment", comment).param("by", by.accountId())
                .param("role", by.role().name()).param("at", Timestamp.from(at))
                .update();
    }

    /** The order's review with its most recent complaint, if any. */
    Optional<Review> find(long orderId) {
        return jdbc.sql("""
                        SELECT r.order_id, r.elder_id, r.provider_id, r.provider_name, r.stars, r.tags, r.comment, r.at,
                        (SELECT MAX(c.id) FROM service_complaint c WHERE c.order_id = r.order_id) AS complaint_id
                        FROM service_review r WHERE r.order_id = :order""")
                .param("order", orderId).query(ReviewStore::row).optional();
    }

    private static Review row(ResultSet rs, int n) throws SQLException {
        long complaint = rs.getLong("complaint_id");
        Long complaintId = rs.wasNull() ? null : complaint;
        return new Review(rs.getLong("order_id"), rs.getLong("elder_id"), rs.getLong("provider_id"),
                rs.getString("provider_name"), rs.getInt("stars"), tags(rs.getString("tags")), rs.getString("comment"),
                rs.getTimestamp("at").toInstant(), complaintId);
    }

    /** Tags in their declared order (good ones first), comma-separated. */
    static String codes(Set<ReviewTag> tags) {
        return tags.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<ReviewTag> tags(String codes) {
        Set<ReviewTag> tags = EnumSet.noneOf(ReviewTag.class);
        if (codes != null && !codes.isBlank()) {
            Arrays.stream(codes.split(",")).map(ReviewTag::valueOf).forEach(tags::add);
        }
        return tags;
    }
}
