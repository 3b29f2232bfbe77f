package org.yiyang.service.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.yiyang.service.OrderAction;
import org.yiyang.service.OrderStatus;
import org.yiyang.service.OrderView.Payment;
import org.yiyang.service.internal.OrderAccess.Standing;
import org.yiyang.shared.ChinaTime;

/** What each standing may do with an order in its current status and at this time. */
final class OrderActions {

    private static final Set<OrderStatus> CANCELLABLE = EnumSet.of(OrderStatus.PLACED, OrderStatus.ACCEPTED,
            OrderStatus.ASSIGNED, OrderStatus.ON_THE_WAY);

    private OrderActions() {
    }

    static Set<OrderAction> of(Standing standing, OrderRow order, Payment payment, Instant now, ServiceSettings settings) {
        Set<OrderAction> actions = EnumSet.noneOf(OrderAction.class);
        OrderStatus status = order.status();
        boolean started = !now.isBefore(order.scheduledStart());
        switch (standing) {
            case ELDER_SIDE -> {
                if (CANCELLABLE.contains(status) && beforeCutoff(order, now, settings)) {
                    actions.add(OrderAction.CANCEL);
                }
                if ((status == OrderStatus.DONE || status == OrderStatus.REVIEWED) && payment != null
                        && "PENDING".equals(payment.status())) {
                    actions.add(OrderAction.PAY);
                }
                if (status == OrderStatus.DONE) {
                    actions.add(OrderAction.REVIEW);
                }
            }
            case PROVIDER -> {
                if (status == OrderStatus.PLACED) {
                    actions.add(OrderAction.ACCEPT);
                    actions.add(OrderAction.REFUSE);
                }
                if (status == OrderStatus.ACCEPTED || status == OrderStatus.ASSIGNED || status == OrderStatus.ON_THE_WAY) {
                    actions.add(OrderAction.ASSIGN);
                }
                if (CANCELLABLE.contains(status)) {
                    actions.add(OrderAction.CANCEL);
                }
                if ((status == OrderStatus.ASSIGNED || status == OrderStatus.ON_THE_WAY) && started) {
                    actions.add(OrderAction.NO_SHOW);
                }
            }
            case CAREGIVER -> {
                if (status == OrderStatus.ASSIGNED) {
                    actions.add(OrderAction.DEPART);
                }
                if ((status == OrderStatus.ASSIGNED || status == OrderStatus.ON_THE_WAY) && today(order, now)) {
                    actions.add(OrderAction.CHECK_IN);
                }
                if ((status == OrderStatus.ASSIGNED || status == OrderStatus.ON_THE_WAY) && started) {
                    actions.add(OrderAction.NO_SHOW);
                }
                if (status == OrderStatus.IN_SERVICE) {
                    actions.add(OrderAction.CHECK_OUT);
                }
            }
            case OVERSIGHT -> {
            }
        }
        return actions;
    }

    static boolean beforeCutoff(OrderRow order, Instant now, ServiceSettings settings) {
        return now.isBefore(order.scheduledStart().minus(settings.cancelCutoff()));
    }

    /** Check-in is only for a visit booked for today (China time). */
    static boolean today(OrderRow order, Instant now) {
        return order.scheduledStart().atZone(ChinaTime.ZONE).toLocalDate().equals(now.atZone(ChinaTime.ZONE).toLocalDate());
    }
}
