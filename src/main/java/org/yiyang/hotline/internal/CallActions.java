package org.yiyang.hotline.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.care.AlarmKind;
import org.yiyang.care.AlarmSignal;
import org.yiyang.care.Alarms;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.identity.Viewer;
import org.yiyang.service.Complaints;
import org.yiyang.service.OrderDesk;
import org.yiyang.service.OrderRequest;

/**
 * What the operator does from a call: says which elder is calling, places an order, raises an alarm, files a
 * complaint, opens a consultation ticket, and closes the call with an outcome. Each is recorded on the call.
 * Refusals are {@link HotlineProblem}s (or the service module's own), and nothing has changed when one is thrown.
 */
@Service
@Transactional
public class CallActions {

    static final int MAX_TEXT = 1000;

    private final Calls calls;
    private final CallStore store;
    private final ElderRegistry registry;
    private final OrderDesk desk;
    private final Complaints complaints;
    private final Alarms alarms;
    private final Clock clock;

    CallActions(Calls calls, CallStore store, ElderRegistry registry, OrderDesk desk, Complaints complaints,
                Alarms alarms, Clock clock) {
        this.calls = calls;
        this.store = store;
        this.registry = registry;
        this.desk = desk;
        this.complaints = complaints;
        this.alarms = alarms;
        this.clock = clock;
    }

    /** Ties the call to an elder of the operator's division (one of several matches, or one found by name). */
    public void chooseElder(Viewer viewer, long callId, long elderId) {
        calls.find(viewer, callId);
        link(viewer, callId, elderId);
    }

    public long placeOrder(Viewer viewer, long callId, long offeringId, LocalDateTime start, int quantity, String note,
                           String idempotencyKey) {
        long elderId = elderOf(viewer, callId);
        long orderId = desk.place(viewer, new OrderRequest(elderId, offeringId, start, quantity, note),
                idempotencyKey).orderId();
        record(viewer, callId, "ORDER", orderId);
        return orderId;
    }

    /** Raises a CALL alarm for the caller's elder; raising it again for the same call returns the same alarm. */
    public long raiseAlarm(Viewer viewer, long callId) {
        long elderId = elderOf(viewer, callId);
        long alarmId = alarms.raise(new AlarmSignal(AlarmKind.CALL, elderId, null, "hotline", String.valueOf(callId),
                clock.instant(), null, null, null), viewer.username()).id();
        record(viewer, callId, "ALARM", alarmId);
        return alarmId;
    }

    /** Files a complaint about one of the caller's elder's orders. */
    public long fileComplaint(Viewer viewer, long callId, long orderId, String text) {
        long elderId = elderOf(viewer, callId);
        boolean theirs = desk.find(viewer, orderId).map(o -> o.summary().elderId() == elderId).orElse(false);
        if (!theirs) {
            throw HotlineProblem.badInput("orderId", "hotline.complaint.orderNotOfElder");
        }
        long complaintId = complaints.file(viewer, orderId, text);
        record(viewer, callId, "COMPLAINT", complaintId);
        return complaintId;
    }

    /** A consultation ticket; answered at once when the operator writes the answer, otherwise open. */
    public long openTicket(Viewer viewer, long callId, TicketTopic topic, String question, String answer) {
        CallRow call = calls.find(viewer, callId);
        if (topic == null) {
            throw HotlineProblem.badInput("topic", "hotline.ticket.topicRequired");
        }
        String q = text("question", question, true);
        String a = text("answer", answer, false);
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        store.sql("""
                INSERT INTO hotline_ticket (call_id, division_code, elder_id, topic, question, answer, status, created_by,
                    created_at) VALUES (:call, :division, :elder, :topic, :q, :a, :status, :by, :at)""")
                .param("call", callId).param("division", call.divisionCode()).param("elder", call.elderId())
                .param("topic", topic.name()).param("q", q).param("a", a).param("status", a == null ? "OPEN" : "ANSWERED")
                .param("by", viewer.username()).param("at", CallStore.ts(clock.instant()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        record(viewer, callId, "TICKET", id);
        return id;
    }

    /** Closes the call with an outcome and notes, once it has been answered or has ended; only once. */
    public void wrapUp(Viewer viewer, long callId, CallOutcome outcome, String notes) {
        CallRow call = calls.find(viewer, callId);
        if (outcome == null) {
            throw HotlineProblem.badInput("outcome", "hotline.call.outcomeRequired");
        }
        if (call.outcome() != null) {
            throw HotlineProblem.conflict("hotline.call.alreadyClosed");
        }
        if (call.answeredAt() == null && call.status() != CallStatus.ENDED) {
            throw HotlineProblem.conflict("hotline.call.notAnswered");
        }
        String text = text("notes", notes, false);
        store.sql("UPDATE hotline_call SET outcome = :outcome, notes = :notes, updated_at = :now "
                        + "WHERE id = :id AND outcome IS NULL")
                .param("outcome", outcome.name()).param("notes", text).param("now", CallStore.ts(clock.instant()))
                .param("id", callId).update();
    }

    /** What was created from the call, oldest first: kind and id. */
    @Transactional(readOnly = true)
    public List<CallAction> actionsOf(Viewer viewer, long callId) {
        calls.find(viewer, callId);
        return store.sql("SELECT kind, ref_id, created_by, created_at FROM hotline_call_action WHERE call_id = :call "
                        + "ORDER BY id")
                .param("call", callId)
                .query((rs, n) -> new CallAction(rs.getString("kind"), rs.getLong("ref_id"), rs.getString("created_by"),
                        CallStore.instant(rs, "created_at")))
                .list();
    }

    /** Something created from a call. */
    public record CallAction(String kind, long refId, String createdBy, java.time.Instant at) {

        public String messageKey() {
            return "hotline.action." + kind;
        }
    }

    /** The call's elder: the one linked, else the only match of the caller's number. */
    private long elderOf(Viewer viewer, long callId) {
        CallRow call = calls.find(viewer, callId);
        if (call.elderId() != null) {
            return call.elderId();
        }
        var matches = calls.matches(viewer, call);
        if (matches.size() != 1) {
            throw HotlineProblem.conflict(matches.isEmpty() ? "hotline.call.noElder" : "hotline.call.chooseElder");
        }
        link(viewer, callId, matches.get(0).id());
        return matches.get(0).id();
    }

    private void link(Viewer viewer, long callId, long elderId) {
        var elder = registry.find(viewer, elderId).orElseThrow(HotlineProblem::notFound);
        store.sql("UPDATE hotline_call SET elder_id = :elder, elder_name = :name, updated_at = :now WHERE id = :id")
                .param("elder", elderId).param("name", elder.summary().name())
                .param("now", CallStore.ts(clock.instant())).param("id", callId).update();
    }

    private void record(Viewer viewer, long callId, String kind, long refId) {
        store.sql("""
                INSERT INTO hotline_call_action (call_id, kind, ref_id, created_by, created_at)
                SELECT :call, :kind, :ref, :by, :at WHERE NOT EXISTS
                    (SELECT 1 FROM hotline_call_action WHERE call_id = :call AND kind = :kind AND ref_id = :ref)""")
                .param("call", callId).param("kind", kind).param("ref", refId).param("by", viewer.username())
                .param("at", CallStore.ts(clock.instant())).update();
    }

    private static String text(String field, String value, boolean required) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            if (required) {
                throw HotlineProblem.badInput(field, "hotline.error.required");
            }
            return null;
        }
        if (stripped.length() > MAX_TEXT) {
            throw HotlineProblem.badInput(field, "hotline.error.tooLong", MAX_TEXT);
        }
        return stripped;
    }
}
