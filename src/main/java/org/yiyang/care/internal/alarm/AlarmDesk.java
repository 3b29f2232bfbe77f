package org.yiyang.care.internal.alarm;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.care.internal.ListPage;
import org.yiyang.care.AlarmStatus;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.service.OrderDesk;
import org.yiyang.service.OrderProblem;
import org.yiyang.service.UrgentOrderRequest;
import org.yiyang.shared.DivisionCode;

/**
 * The hotline desk's work on alarms (docs/care-alarms.md): the queue of the viewer's division, one alarm with its
 * timeline, and the operator's steps. Every step is appended with its time and actor; a refused step throws
 * {@link AlarmProblem} and changes nothing. Regulators read; operators and administrators act.
 */
@Service
public class AlarmDesk {

    static final Set<Role> READERS = EnumSet.of(Role.OPERATOR, Role.REGULATOR, Role.ADMIN);
    static final Set<Role> ACTORS = EnumSet.of(Role.OPERATOR, Role.ADMIN);
    static final int MAX_TEXT = 500;
    static final int MAX_REFERENCE = 64;

    private final AlarmStore store;
    private final DeskFeed feed;
    private final OrderDesk orders;
    private final Clock clock;

    AlarmDesk(AlarmStore store, DeskFeed feed, OrderDesk orders, Clock clock) {
        this.store = store;
        this.feed = feed;
        this.orders = orders;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ListPage<AlarmView> queue(Viewer viewer, int page, int size) {
        requireReader(viewer);
        return store.queue(viewer.scope(), Math.max(0, page), size);
    }

    /** The alarm, when it lies in the viewer's division; otherwise not found, as if it did not exist. */
    @Transactional(readOnly = true)
    public AlarmView find(Viewer viewer, long id) {
        requireReader(viewer);
        return store.find(id).filter(a -> viewer.mayView(DivisionCode.of(a.divisionCode())))
                .orElseThrow(AlarmProblem::notFound);
    }

    @Transactional(readOnly = true)
    public List<AlarmStep> timeline(Viewer viewer, long id) {
        find(viewer, id);
        return store.steps(id);
    }

    public boolean mayAct(Viewer viewer) {
        return ACTORS.contains(viewer.role());
    }

    /** Takes the alarm. Of two operators at once, one wins; the other is told who took it. */
    @Transactional
    public void acknowledge(Viewer viewer, long id) {
        AlarmView alarm = actOn(viewer, id);
        Instant now = clock.instant();
        if (!store.acknowledge(id, viewer, now)) {
            AlarmView current = store.find(id).orElseThrow(AlarmProblem::notFound);
            throw current.closed() ? AlarmProblem.alreadyClosed() : AlarmProblem.takenBy(current.acknowledgedName());
        }
        store.append(id, AlarmStep.of(AlarmStepKind.ACKNOWLEDGED, now, viewer.accountId(), viewer.displayName()));
        changed(alarm.id());
    }

    /** A call the operator made: whom (an emergency contact when chosen), answered or not, a note. */
    @Transactional
    public void recordCall(Viewer viewer, long id, CallParty party, Long contactId, CallResult result, String note) {
        if (party == null) {
            throw AlarmProblem.required("party");
        }
        if (result == null) {
            throw AlarmProblem.required("result");
        }
        String text = optional(note, "note", MAX_TEXT);
        actOn(viewer, id);
        store.append(id, AlarmStep.of(AlarmStepKind.CALLED, clock.instant(), viewer.accountId(), viewer.displayName())
                .with(party.name(), result.name(), contactId, null, null, text));
    }

    /** Help sent: a caregiver (the urgent order's number as reference), the family, or 120. */
    @Transactional
    public void dispatch(Viewer viewer, long id, DispatchMethod method, String reference, String note) {
        if (method == null) {
            throw AlarmProblem.required("method");
        }
        String ref = optional(reference, "reference", MAX_REFERENCE);
        String text = optional(note, "note", MAX_TEXT);
        recordDispatch(viewer, actOn(viewer, id), method, ref, text);
    }

    /**
     * Sends a caregiver: an urgent order (紧急派单) for the alarm's elder with the provider of the chosen offering, and
     * the dispatch with the order's number as reference, in one transaction: when either is refused neither happens.
     * The form's key makes a double submit one order and one step. Returns the order's id.
     */
    @Transactional
    public long dispatchCaregiver(Viewer viewer, long id, long offeringId, String note, String key) {
        String text = optional(note, "note", MAX_TEXT);
        AlarmView alarm = actOn(viewer, id);
        if (alarm.status() == AlarmStatus.OPEN) {
            throw AlarmProblem.notAcknowledged();
        }
        if (viewer.role() != Role.OPERATOR) {
            throw AlarmProblem.operatorsOnly();
        }
        OrderDesk.Placed placed;
        try {
            placed = orders.placeUrgent(viewer, new UrgentOrderRequest(alarm.elderId(), offeringId, text), key);
        } catch (OrderProblem refused) {
            throw AlarmProblem.orderRefused(refused.messageKey(), refused.args());
        }
        if (placed.created()) {
            recordDispatch(viewer, alarm, DispatchMethod.CAREGIVER, String.valueOf(placed.orderId()), text);
        }
        return placed.orderId();
    }

    /** The alarm moves to DISPATCHED (unless closed meanwhile) with its step. */
    private void recordDispatch(Viewer viewer, AlarmView alarm, DispatchMethod method, String reference, String note) {
        Instant now = clock.instant();
        if (!store.dispatch(alarm.id(), now)) {
            throw alarm.status() == AlarmStatus.OPEN ? AlarmProblem.notAcknowledged() : AlarmProblem.alreadyClosed();
        }
        store.append(alarm.id(), AlarmStep.of(AlarmStepKind.DISPATCHED, now, viewer.accountId(), viewer.displayName())
                .with(method.name(), null, null, null, reference, note));
        changed(alarm.id());
    }

    @Transactional
    public void note(Viewer viewer, long id, String note) {
        String text = required(note, "note");
        actOn(viewer, id);
        store.append(id, AlarmStep.of(AlarmStepKind.NOTE, clock.instant(), viewer.accountId(), viewer.displayName())
                .with(null, null, null, null, null, text));
    }

    /** Closes the alarm with its outcome (required); closing twice is refused. */
    @Transactional
    public void close(Viewer viewer, long id, String outcome) {
        String text = required(outcome, "outcome");
        actOn(viewer, id);
        Instant now = clock.instant();
        if (!store.close(id, viewer, now, text)) {
            throw AlarmProblem.alreadyClosed();
        }
        store.append(id, AlarmStep.of(AlarmStepKind.CLOSED, now, viewer.accountId(), viewer.displayName())
                .with(null, null, null, null, null, text));
        changed(id);
    }

    private AlarmView actOn(Viewer viewer, long id) {
        AlarmView alarm = find(viewer, id);
        if (!mayAct(viewer)) {
            throw AlarmProblem.readOnly();
        }
        if (alarm.closed()) {
            throw AlarmProblem.alreadyClosed();
        }
        return alarm;
    }

    private void changed(long id) {
        store.find(id).ifPresent(alarm -> feed.afterCommit(DeskEvent.CHANGED, alarm));
    }

    private static void requireReader(Viewer viewer) {
        if (!READERS.contains(viewer.role())) {
            throw new AccessDeniedException("Role " + viewer.role() + " has no alarm desk");
        }
    }

    private static String required(String text, String field) {
        String stripped = optional(text, field, MAX_TEXT);
        if (stripped == null) {
            throw AlarmProblem.required(field);
        }
        return stripped;
    }

    private static String optional(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw AlarmProblem.tooLong(field, max);
        }
        return stripped;
    }
}
