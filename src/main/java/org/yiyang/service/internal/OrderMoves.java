package org.yiyang.service.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.yiyang.identity.Viewer;
import org.yiyang.service.OrderProblem;
import org.yiyang.service.OrderStatus;
import org.yiyang.service.OrderStatusChanged;
import org.yiyang.service.internal.OrderAccess.Standing;
import org.yiyang.service.internal.OrderStore.Actor;

/**
 * The one way an order changes status: lock it, check the viewer's standing and the move, write the new status
 * and the timeline step, publish {@link OrderStatusChanged}, release what an ended order held, notify. Runs in
 * the caller's transaction.
 */
@Component
class OrderMoves {

    private static final Set<OrderStatus> ENDED_UNSERVED = Set.of(OrderStatus.REFUSED, OrderStatus.CANCELLED,
            OrderStatus.NO_SHOW);

    private final OrderStore orders;
    private final OfferingStore offerings;
    private final PaymentStore payments;
    private final OrderAccess access;
    private final OrderNotices notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrderMoves(OrderStore orders, OfferingStore offerings, PaymentStore payments, OrderAccess access,
               OrderNotices notices, ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.offerings = offerings;
        this.payments = payments;
        this.access = access;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    /** The order locked for a change, when the viewer has one of {@code allowed} standings; else not found. */
    Locked lock(Viewer viewer, long orderId, Set<Standing> allowed) {
        OrderRow order = orders.lock(orderId).orElseThrow(OrderProblem::notFound);
        Standing standing = access.standing(viewer, order).orElseThrow(OrderProblem::notFound);
        if (!allowed.contains(standing)) {
            throw new org.springframework.security.access.AccessDeniedException("Not allowed for " + standing);
        }
        return new Locked(order, standing);
    }

    record Locked(OrderRow order, Standing standing) {
    }

    OrderRow move(Viewer viewer, OrderRow order, OrderStatus to, String reason) {
        if (!order.status().canMoveTo(to)) {
            throw OrderProblem.wrongState(order.status());
        }
        Instant now = clock.instant();
        if (!orders.move(order.id(), order.status(), to, reason, now)) {
            throw OrderProblem.wrongState(order.status());
        }
        orders.recordStep(order.id(), to, actor(viewer), reason, now);
        if (ENDED_UNSERVED.contains(to)) {
            offerings.release(order.offeringId(), order.scheduledStart());
            payments.voidPending(order.id());
        }
        events.publishEvent(new OrderStatusChanged(order.id(), order.elderId(), order.providerId(),
                order.divisionCode(), order.status(), to, now));
        OrderRow moved = orders.find(order.id()).orElseThrow();
        notices.moved(moved, to, viewer.accountId());
        return moved;
    }

    static Actor actor(Viewer viewer) {
        return new Actor(viewer.accountId(), viewer.role().name(), viewer.displayName());
    }
}
