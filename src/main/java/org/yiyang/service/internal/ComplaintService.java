package org.yiyang.service.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.identity.Viewer;
import org.yiyang.service.ComplaintAction;
import org.yiyang.service.ComplaintAnswered;
import org.yiyang.service.ComplaintClosed;
import org.yiyang.service.ComplaintEscalated;
import org.yiyang.service.ComplaintPage;
import org.yiyang.service.ComplaintQuery;
import org.yiyang.service.ComplaintSource;
import org.yiyang.service.ComplaintStatus;
import org.yiyang.service.ComplaintView;
import org.yiyang.service.Complaints;
import org.yiyang.service.OrderProblem;
import org.yiyang.service.internal.OrderAccess.Standing;

@Service
@Transactional
class ComplaintService implements Complaints {

    private final OrderMoves moves;
    private final ComplaintOpening opening;
    private final ComplaintStore store;
    private final ComplaintAccess access;
    private final ComplaintLists lists;
    private final ComplaintNotices notices;
    private final ReviewStore reviews;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ComplaintService(OrderMoves moves, ComplaintOpening opening, ComplaintStore store, ComplaintAccess access,
                     ComplaintLists lists, ComplaintNotices notices, ReviewStore reviews,
                     ApplicationEventPublisher events, Clock clock) {
        this.moves = moves;
        this.opening = opening;
        this.store = store;
        this.access = access;
        this.lists = lists;
        this.notices = notices;
        this.reviews = reviews;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public long file(Viewer viewer, long orderId, String text) {
        OrderRow order = moves.lock(viewer, orderId, EnumSet.of(Standing.ELDER_SIDE)).order();
        if (store.openFor(orderId).isPresent()) {
            throw OrderProblem.of(null, "review.error.complaintAlreadyOpen");
        }
        String complaint = ReviewChecks.required("text", text, ReviewChecks.MAX_TEXT);
        return opening.open(viewer, order, ComplaintSource.filedBy(viewer.role()), complaint);
    }

    @Override
    public void answer(Viewer providerAdmin, long complaintId, String response) {
        ComplaintRow complaint = locked(providerAdmin, complaintId, Standing.PROVIDER);
        if (!complaint.status().answerable()) {
            throw OrderProblem.of(null, "review.error.notAnswerable");
        }
        String answer = ReviewChecks.required("response", response, ReviewChecks.MAX_TEXT);
        Instant now = clock.instant();
        store.answer(complaintId, answer, providerAdmin, now);
        events.publishEvent(new ComplaintAnswered(complaintId, complaint.providerId(), complaint.divisionCode(),
                complaint.status() == ComplaintStatus.ESCALATED, now));
        notices.answered(complaint, providerAdmin.accountId());
    }

    @Override
    public void close(Viewer viewer, long complaintId, String outcome, Boolean satisfied) {
        ComplaintRow complaint = locked(viewer, complaintId, Standing.ELDER_SIDE, Standing.OVERSIGHT);
        if (complaint.status().closed()) {
            throw OrderProblem.of(null, "review.error.alreadyClosed");
        }
        String result = access.standing(viewer, complaint).orElseThrow() == Standing.OVERSIGHT
                ? ReviewChecks.required("outcome", outcome, ReviewChecks.MAX_COMMENT)
                : ReviewChecks.optional("outcome", outcome, ReviewChecks.MAX_COMMENT);
        Instant now = clock.instant();
        store.close(complaintId, result, satisfied, viewer, now);
        events.publishEvent(new ComplaintClosed(complaintId, complaint.providerId(), complaint.divisionCode(),
                satisfied, now));
        notices.closed(complaint, viewer.accountId());
    }

    private ComplaintRow locked(Viewer viewer, long complaintId, Standing... allowed) {
        ComplaintRow complaint = store.lock(complaintId).orElseThrow(OrderProblem::notFound);
        Standing standing = access.standing(viewer, complaint).orElseThrow(OrderProblem::notFound);
        if (!Set.of(allowed).contains(standing)) {
            throw new AccessDeniedException("Not allowed for " + standing);
        }
        return complaint;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ComplaintView> find(Viewer viewer, long complaintId) {
        return store.find(complaintId).flatMap(complaint -> access.standing(viewer, complaint)
                .map(standing -> new ComplaintView(complaint.complaint(clock.instant()),
                        complaint.orderId() == null ? null : reviews.find(complaint.orderId()).orElse(null),
                        actions(standing, complaint))));
    }

    private static Set<ComplaintAction> actions(Standing standing, ComplaintRow complaint) {
        Set<ComplaintAction> actions = EnumSet.noneOf(ComplaintAction.class);
        if (standing == Standing.PROVIDER && complaint.status().answerable()) {
            actions.add(ComplaintAction.ANSWER);
        }
        if ((standing == Standing.ELDER_SIDE || standing == Standing.OVERSIGHT) && !complaint.status().closed()) {
            actions.add(ComplaintAction.CLOSE);
        }
        return actions;
    }

    @Override
    @Transactional(readOnly = true)
    public ComplaintPage list(Viewer viewer, ComplaintQuery query, int page, int size) {
        return lists.list(viewer, query == null ? ComplaintQuery.all() : query, page, size);
    }

    @Override
    public int escalateOverdue() {
        Instant now = clock.instant();
        String run = UUID.randomUUID().toString();
        if (store.escalate(now, run) == 0) {
            return 0;
        }
        List<ComplaintRow> escalated = store.escalatedBy(run);
        for (ComplaintRow complaint : escalated) {
            events.publishEvent(new ComplaintEscalated(complaint.id(), complaint.providerId(),
                    complaint.divisionCode(), complaint.providerDivision(), complaint.dueAt(), now));
            notices.escalated(complaint);
        }
        return escalated.size();
    }
}
