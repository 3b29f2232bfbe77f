package org.yiyang.hotline.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.hotline.internal.CareCallList.CareCall;
import org.yiyang.identity.Viewer;

/**
 * Records how a care call went. Answered (well, or needing help) ends it; no answer schedules another try after
 * {@code yiyang.hotline.care-calls.retry-interval}, and after {@code max-attempts} tries hands the elder to the
 * village ({@link VisitRequests}). A call not due yet, or already finished, is refused and nothing changes.
 */
@Service
@Transactional
public class CareCallOutcomes {

    private final CallStore store;
    private final VisitRequests visits;
    private final OutboundCalls outbound;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration retryInterval;

    CareCallOutcomes(CallStore store, VisitRequests visits, OutboundCalls outbound, Clock clock,
                     @Value("${yiyang.hotline.care-calls.max-attempts:3}") int maxAttempts,
                     @Value("${yiyang.hotline.care-calls.retry-interval:2h}") Duration retryInterval) {
        this.store = store;
        this.visits = visits;
        this.outbound = outbound;
        this.clock = clock;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.retryInterval = retryInterval;
    }

    /** The care call's status after this outcome, and the call record opened when the elder needs help. */
    public record Recorded(CareCallStatus status, Long callId) {
    }

    public Recorded record(Viewer operator, long careCallId, CareOutcome outcome, String notes) {
        if (outcome == null) {
            throw HotlineProblem.badInput("outcome", "hotline.care.outcomeRequired");
        }
        String text = notes == null || notes.isBlank() ? null : notes.strip();
        if (text != null && text.length() > CallActions.MAX_TEXT) {
            throw HotlineProblem.badInput("notes", "hotline.error.tooLong", CallActions.MAX_TEXT);
        }
        CareCall call = find(operator, careCallId);
        Instant now = clock.instant();
        if (call.status() == CareCallStatus.DONE || call.status() == CareCallStatus.ESCALATED) {
            throw HotlineProblem.conflict("hotline.care.alreadyFinished");
        }
        if (call.nextAttemptAt().isAfter(now)) {
            throw HotlineProblem.conflict("hotline.care.notDueYet");
        }
        int attempt = call.attempts() + 1;
        CareCallStatus next = outcome != CareOutcome.NO_ANSWER ? CareCallStatus.DONE
                : attempt < maxAttempts ? CareCallStatus.RETRY : CareCallStatus.ESCALATED;
        int changed = store.sql("""
                UPDATE hotline_care_call SET status = :status, attempts = :attempt, outcome = :outcome, notes = :notes,
                    next_attempt_at = :next, updated_at = :now
                WHERE id = :id AND attempts = :before AND status IN ('DUE', 'RETRY')""")
                .param("status", next.name()).param("attempt", attempt).param("outcome", outcome.name())
                .param("notes", text).param("now", CallStore.ts(now)).param("id", careCallId)
                .param("before", call.attempts())
                .param("next", CallStore.ts(next == CareCallStatus.RETRY ? now.plus(retryInterval) : call.nextAttemptAt()))
                .update();
        if (changed == 0) {
            throw HotlineProblem.conflict("hotline.care.alreadyFinished");
        }
        store.sql("INSERT INTO hotline_care_attempt (care_call_id, attempt_no, outcome, notes, by_account, attempted_at) "
                        + "VALUES (:id, :no, :outcome, :notes, :by, :at)")
                .param("id", careCallId).param("no", attempt).param("outcome", outcome.name()).param("notes", text)
                .param("by", operator.accountId()).param("at", CallStore.ts(now)).update();
        if (next == CareCallStatus.ESCALATED) {
            visits.request(call);
        }
        Long callId = outcome == CareOutcome.NEEDS_HELP ? outbound.open(operator, call) : null;
        return new Recorded(next, callId);
    }

    /** The operator's own care call in their division; otherwise not found. */
    private CareCall find(Viewer operator, long careCallId) {
        return operator.scope().bind(store.sql("SELECT c.* FROM hotline_care_call c WHERE c.id = :id "
                        + "AND c.operator_account_id = :operator AND " + operator.scope().where("c.division_code")))
                .param("id", careCallId).param("operator", operator.accountId())
                .query(CareCallList::row).optional().orElseThrow(HotlineProblem::notFound);
    }
}
