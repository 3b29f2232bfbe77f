package org.yiyang.service.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.provider.ProviderDirectory;
import org.yiyang.region.DivisionScope;
import org.yiyang.service.OrderProblem;
import org.yiyang.service.VisitException;
import org.yiyang.service.VisitExceptionKind;
import org.yiyang.service.VisitExceptionPage;
import org.yiyang.service.VisitReasonCode;
import org.yiyang.service.VisitReviewStatus;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.ServiceItem;

/**
 * The exception queue: the provider explains each exception of its visits, a regulator of the elder's division
 * accepts or rejects the explanation. Lists are narrowed in SQL to the provider or the division, and paged there.
 */
@Component
class VisitReviews {

    static final int MAX_SIZE = 100;
    static final int MAX_NOTE = 500;
    private static final String SELECT = """
            SELECT x.id, x.order_id, x.division_code, x.provider_id, o.provider_name, o.elder_name, o.item,
            o.scheduled_start, o.caregiver_name, x.kind, x.phase, x.measured, x.allowed, x.raised_at, x.reason_code,
            x.explanation, x.explained_at, x.explained_name, x.review_status, x.reviewed_at, x.reviewed_name,
            x.review_note FROM service_visit_exception x JOIN service_order o ON o.id = x.order_id""";

    private final JdbcClient jdbc;
    private final ProviderDirectory providers;
    private final Clock clock;

    VisitReviews(JdbcClient jdbc, ProviderDirectory providers, Clock clock) {
        this.jdbc = jdbc;
        this.providers = providers;
        this.clock = clock;
    }

    VisitExceptionPage list(Viewer viewer, VisitReviewStatus status, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_SIZE));
        int pageNumber = Math.max(0, page);
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        DivisionScope scope = null;
        if (viewer.is(Role.PROVIDER_ADMIN)) {
            where.add("x.provider_id = :provider");
            params.put("provider", providers.membershipOf(viewer).map(m -> m.providerId()).orElse(-1L));
        } else if (viewer.is(Role.REGULATOR) || viewer.is(Role.ADMIN)) {
            scope = viewer.scope();
            where.add(scope.where("x.division_code"));
        } else {
            throw new AccessDeniedException("Only providers and regulators see visit exceptions");
        }
        if (status != null) {
            where.add("x.review_status = :status");
            params.put("status", status.name());
        }
        String condition = " WHERE " + String.join(" AND ", where);
        var count = jdbc.sql("SELECT COUNT(*) FROM service_visit_exception x" + condition).params(params);
        long total = (scope == null ? count : scope.bind(count)).query(Long.class).single();
        var rows = jdbc.sql(SELECT + condition + " ORDER BY x.raised_at DESC, x.id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", pageSize).param("offset", (long) pageNumber * pageSize);
        List<VisitException> items = (scope == null ? rows : scope.bind(rows)).query(VisitReviews::row).list();
        return new VisitExceptionPage(items, total, pageNumber, pageSize);
    }

    List<VisitException> ofOrder(long orderId) {
        return jdbc.sql(SELECT + " WHERE x.order_id = :order ORDER BY x.raised_at, x.id").param("order", orderId)
                .query(VisitReviews::row).list();
    }

    void explain(Viewer viewer, long exceptionId, VisitReasonCode reason, String text) {
        if (!viewer.is(Role.PROVIDER_ADMIN)) {
            throw new AccessDeniedException("Only the provider explains its visits");
        }
        VisitException exception = lock(exceptionId);
        long own = providers.membershipOf(viewer).map(m -> m.providerId()).orElse(-1L);
        if (exception.providerId() != own) {
            throw OrderProblem.notFound();
        }
        if (!exception.explainable()) {
            throw OrderProblem.of(null, "visit.error.notExplainable");
        }
        if (reason == null) {
            throw OrderProblem.of("reasonCode", "visit.error.reasonRequired");
        }
        String explanation = text == null || text.isBlank() ? null : text.strip();
        if (explanation == null && reason == VisitReasonCode.OTHER) {
            throw OrderProblem.of("explanation", "visit.error.explanationRequired");
        }
        if (explanation != null && explanation.length() > MAX_NOTE) {
            throw OrderProblem.of("explanation", "visit.error.tooLong", MAX_NOTE);
        }
        jdbc.sql("""
                        UPDATE service_visit_exception SET reason_code = :reason, explanation = :text, explained_at = :at,
                        explained_by = :by, explained_name = :name, review_status = 'EXPLAINED' WHERE id = :id""")
                .param("reason", reason.name()).param("text", explanation)
                .param("at", Timestamp.from(clock.instant())).param("by", viewer.accountId())
                .param("name", viewer.displayName()).param("id", exceptionId).update();
    }

    void review(Viewer viewer, long exceptionId, boolean accept, String note) {
        if (!viewer.is(Role.REGULATOR) && !viewer.is(Role.ADMIN)) {
            throw new AccessDeniedException("Only regulators review visit exceptions");
        }
        VisitException exception = lock(exceptionId);
        if (!viewer.mayView(DivisionCode.of(exception.divisionCode()))) {
            throw OrderProblem.notFound();
        }
        if (!exception.reviewable()) {
            throw OrderProblem.of(null, "visit.error.notReviewable");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text == null && !accept) {
            throw OrderProblem.of("note", "visit.error.noteRequired");
        }
        if (text != null && text.length() > MAX_NOTE) {
            throw OrderProblem.of("note", "visit.error.tooLong", MAX_NOTE);
        }
        jdbc.sql("""
                        UPDATE service_visit_exception SET review_status = :status, reviewed_at = :at, reviewed_by = :by,
                        reviewed_name = :name, review_note = :note WHERE id = :id""")
                .param("status", accept ? "ACCEPTED" : "REJECTED").param("at", Timestamp.from(clock.instant()))
                .param("by", viewer.accountId()).param("name", viewer.displayName()).param("note", text)
                .param("id", exceptionId).update();
    }

    private VisitException lock(long id) {
        jdbc.sql("SELECT id FROM service_visit_exception WHERE id = :id FOR UPDATE").param("id", id)
                .query(Long.class).optional().orElseThrow(OrderProblem::notFound);
        return jdbc.sql(SELECT + " WHERE x.id = :id").param("id", id).query(VisitReviews::row).single();
    }

    private static VisitException row(ResultSet rs, int n) throws SQLException {
        String reason = rs.getString("reason_code");
        return new VisitException(rs.getLong("id"), rs.getLong("order_id"), rs.getString("division_code"),
                rs.getLong("provider_id"), rs.getString("provider_name"), rs.getString("elder_name"),
                ServiceItem.valueOf(rs.getString("item")), rs.getTimestamp("scheduled_start").toInstant(),
                rs.getString("caregiver_name"), VisitExceptionKind.valueOf(rs.getString("kind")), rs.getString("phase"),
                VisitStore.integer(rs, "measured"), VisitStore.integer(rs, "allowed"),
                rs.getTimestamp("raised_at").toInstant(), reason == null ? null : VisitReasonCode.valueOf(reason),
                rs.getString("explanation"), VisitStore.instant(rs, "explained_at"), rs.getString("explained_name"),
                VisitReviewStatus.valueOf(rs.getString("review_status")), VisitStore.instant(rs, "reviewed_at"),
                rs.getString("reviewed_name"), rs.getString("review_note"));
    }
}
