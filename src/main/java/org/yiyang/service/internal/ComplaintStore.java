package org.yiyang.service.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.yiyang.identity.Viewer;
import org.yiyang.service.ComplaintSource;

/** service_complaint rows. Status changes name the status they expect, so a concurrent change makes them fail. */
@Repository
class ComplaintStore {

    private final JdbcClient jdbc;

    ComplaintStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ComplaintRow> find(long id) {
        return jdbc.sql("SELECT " + ComplaintRow.COLUMNS + " FROM service_complaint c WHERE c.id = :id")
                .param("id", id).query(ComplaintRow::row).optional();
    }

    Optional<ComplaintRow> lock(long id) {
        return jdbc.sql("SELECT " + ComplaintRow.COLUMNS + " FROM service_complaint c WHERE c.id = :id FOR UPDATE")
                .param("id", id).query(ComplaintRow::row).optional();
    }

    /** The complaint about the order that is not closed yet, if any. */
    Optional<Long> openFor(long orderId) {
        return jdbc.sql("SELECT id FROM service_complaint WHERE open_key = :order").param("order", orderId)
                .query(Long.class).optional();
    }

    long insert(OrderRow order, ComplaintSource source, String text, Viewer by, Instant openedAt, Instant dueAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO service_complaint (order_id, open_key, offering_name, provider_id, provider_name,
                        provider_division, division_code, elder_id, elder_name, source, text, filed_by, filed_role,
                        opened_at, due_at, status)
                        VALUES (:order, :order, :offering, :provider, :providerName, :providerDivision, :division,
                        :elder, :elderName, :source, :text, :by, :role, :openedAt, :dueAt, 'OPEN')""")
                .param("order", order.id()).param("offering", order.offeringName())
                .param("provider", order.providerId()).param("providerName", order.providerName())
                .param("providerDivision", order.providerDivision()).param("division", order.divisionCode())
                .param("elder", order.elderId()).param("elderName", order.elderName()).param("source", source.name())
                .param("text", text).param("by", by.accountId()).param("role", by.role().name())
                .param("openedAt", Timestamp.from(openedAt)).param("dueAt", Timestamp.from(dueAt))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean answer(long id, String response, Viewer by, Instant at) {
        return jdbc.sql("""
                        UPDATE service_complaint SET status = 'ANSWERED', response = :response, responded_at = :at,
                        responded_by = :by, responded_name = :name WHERE id = :id AND status IN ('OPEN', 'ESCALATED')""")
                .param("response", response).param("at", Timestamp.from(at)).param("by", by.accountId())
                .param("name", by.displayName()).param("id", id).update() == 1;
    }

    boolean close(long id, String outcome, Boolean satisfied, Viewer by, Instant at) {
        return jdbc.sql("""
                        UPDATE service_complaint SET status = 'CLOSED', open_key = NULL, outcome = :outcome,
                        satisfied = :satisfied, closed_at = :at, closed_by = :by, closed_role = :role
                        WHERE id = :id AND status <> 'CLOSED'""")
                .param("outcome", outcome).param("satisfied", satisfied).param("at", Timestamp.from(at))
                .param("by", by.accountId()).param("role", by.role().name()).param("id", id).update() == 1;
    }

    /** One set-based statement: every OPEN complaint past its deadline becomes ESCALATED, marked with {@code run}. */
    int escalate(Instant now, String run) {
        return jdbc.sql("""
                        UPDATE service_complaint SET status = 'ESCALATED', escalated_at = :now, escalation_run = :run
                        WHERE status = 'OPEN' AND due_at < :now""")
                .param("now", Timestamp.from(now)).param("run", run).update();
    }

    List<ComplaintRow> escalatedBy(String run) {
        return jdbc.sql("SELECT " + ComplaintRow.COLUMNS + " FROM service_complaint c WHERE c.escalation_run = :run ORDER BY c.id")
                .param("run", run).query(ComplaintRow::row).list();
    }
}
