package org.yiyang.service.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.service.OrderAction;
import org.yiyang.service.OrderChannel;
import org.yiyang.service.OrderDesk;
import org.yiyang.service.OrderPage;
import org.yiyang.service.OrderPaid;
import org.yiyang.service.OrderProblem;
import org.yiyang.service.OrderQuery;
import org.yiyang.service.OrderRequest;
import org.yiyang.service.OrderStatus;
import org.yiyang.service.OrderView;
import org.yiyang.service.UrgentOrderRequest;
import org.yiyang.service.internal.OrderAccess.Standing;
import org.yiyang.service.internal.OrderMoves.Locked;
import org.yiyang.shared.IdempotencyKey;

@Service
class OrderDeskService implements OrderDesk {

    private static final Set<String> PAYMENT_METHODS = Set.of("CASH", "ONLINE", "BANK_CARD");

    private final OrderPlacement placement;
    private final OrderStore orders;
    private final PaymentStore payments;
    private final OrderLists lists;
    private final OrderAccess access;
    private final OrderMoves moves;
    private final Dispatch dispatch;
    private final ServiceRecipients recipients;
    private final ServiceSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrderDeskService(OrderPlacement placement, OrderStore orders, PaymentStore payments, OrderLists lists,
                     OrderAccess access, OrderMoves moves, Dispatch dispatch, ServiceRecipients recipients,
                     ServiceSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.placement = placement;
        this.orders = orders;
        this.payments = payments;
        this.lists = lists;
        this.access = access;
        this.moves = moves;
        this.dispatch = dispatch;
        this.recipients = recipients;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Placed place(Viewer viewer, OrderRequest request, String idempotencyKey) {
        OrderChannel channel = switch (viewer.role()) {
            case ELDER -> OrderChannel.ELDER;
            case FAMILY -> OrderChannel.FAMILY;
            case OPERATOR -> OrderChannel.HOTLINE;
            default -> throw new AccessDeniedException("Role " + viewer.role() + " does not place orders");
        };
        return once(viewer, idempotencyKey, hash(request),
                hash -> placement.place(viewer, channel, request, idempotencyKey, hash));
    }

    @Override
    public Placed placeUrgent(Viewer operator, UrgentOrderRequest request, String idempotencyKey) {
        if (operator.role() != Role.OPERATOR) {
            throw new AccessDeniedException("Only hotline operators send urgent orders");
        }
        String canonical = "URGENT|" + request.elderId() + "|" + request.offeringId() + "|"
                + (request.note() == null ? "" : request.note().strip());
        return once(operator, idempotencyKey, sha256(canonical),
                hash -> placement.placeUrgent(operator, request, idempotencyKey, hash));
    }

    /** Places the order unless the viewer placed it before with the same key (a retry), or refuses a reused key. */
    private Placed once(Viewer viewer, String idempotencyKey, String hash, ToLongFunction<String> place) {
        if (!IdempotencyKey.isWellFormed(idempotencyKey)) {
            throw OrderProblem.of(null, "service.error.idempotencyKey");
        }
        Optional<Placed> earlier = earlier(viewer, idempotencyKey, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return new Placed(place.applyAsLong(hash), true);
        } catch (DuplicateKeyException concurrentRetry) {
            return earlier(viewer, idempotencyKey, hash).orElseThrow(() -> concurrentRetry);
        }
    }

    private Optional<Placed> earlier(Viewer viewer, String key, String hash) {
        return orders.byIdempotencyKey(viewer.accountId(), key).map(found -> {
            if (!found.requestHash().equals(hash)) {
                throw OrderProblem.of(null, "service.error.idempotencyReused");
            }
            return new Placed(found.orderId(), false);
        });
    }

    static String hash(OrderRequest request) {
        return sha256(request.elderId() + "|" + request.offeringId() + "|" + request.start() + "|"
                + request.quantity() + "|" + (request.note() == null ? "" : request.note().strip()));
    }

    private static String sha256(String canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public java.util.List<org.yiyang.service.PaymentShare> quote(Viewer viewer, OrderRequest request) {
        return placement.quote(viewer, request);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrderView> find(Viewer viewer, long orderId) {
        return orders.find(orderId).flatMap(order -> access.standing(viewer, order).map(standing -> view(order, standing)));
    }

    private OrderView view(OrderRow order, Standing standing) {
        OrderView.Payment payment = payments.ofOrder(order.id()).orElse(null);
        Set<OrderAction> actions = OrderActions.of(standing, order, payment, clock.instant(), settings);
        boolean serving = (standing == Standing.PROVIDER || standing == Standing.CAREGIVER) && order.status().open()
                && order.status() != OrderStatus.PLACED;
        var elder = serving ? recipients.find(order.elderId()) : Optional.<org.yiyang.elder.ServiceRecipient>empty();
        return new OrderView(order.summary(), order.quantity(), org.yiyang.shared.Money.ofFen(order.unitPriceFen()),
                order.note(), order.reason(), payment, orders.timeline(order.id()), actions,
                standing == Standing.ELDER_SIDE ? order.confirmationPin() : null,
                elder.map(e -> e.address()).orElse(null), elder.map(e -> e.needs()).orElse(null));
    }

    @Override
    @Transactional(readOnly = true)
    public OrderPage list(Viewer viewer, OrderQuery query, int page, int size) {
        return lists.list(viewer, query, page, size);
    }

    @Override
    @Transactional
    public void accept(Viewer provider, long orderId) {
        Locked locked = moves.lock(provider, orderId, EnumSet.of(Standing.PROVIDER));
        moves.move(provider, locked.order(), OrderStatus.ACCEPTED, null);
    }

    @Override
    @Transactional
    public void refuse(Viewer provider, long orderId, String reason) {
        Locked locked = moves.lock(provider, orderId, EnumSet.of(Standing.PROVIDER));
        moves.move(provider, locked.order(), OrderStatus.REFUSED, requireReason(reason));
    }

    @Override
    @Transactional
    public void assign(Viewer provider, long orderId, long staffId) {
        Locked locked = moves.lock(provider, orderId, EnumSet.of(Standing.PROVIDER));
        dispatch.assign(provider, locked.order(), staffId);
    }

    @Override
    @Transactional(readOnly = true)
    public org.yiyang.service.DispatchBoard dispatchBoard(Viewer provider, java.time.LocalDate date) {
        return dispatch.board(provider, date);
    }

    @Override
    @Transactional
    public void depart(Viewer caregiver, long orderId) {
        Locked locked = moves.lock(caregiver, orderId, EnumSet.of(Standing.CAREGIVER));
        moves.move(caregiver, locked.order(), OrderStatus.ON_THE_WAY, null);
    }

    @Override
    @Transactional
    public void cancel(Viewer viewer, long orderId, String reason) {
        Locked locked = moves.lock(viewer, orderId, EnumSet.of(Standing.ELDER_SIDE, Standing.PROVIDER));
        String why = requireReason(reason);
        if (!locked.order().status().canMoveTo(OrderStatus.CANCELLED)) {
            throw OrderProblem.wrongState(locked.order().status());
        }
        if (locked.standing() == Standing.ELDER_SIDE
                && !OrderActions.beforeCutoff(locked.order(), clock.instant(), settings)) {
            throw OrderProblem.of("reason", "service.error.pastCutoff", settings.cancelCutoff().toMinutes());
        }
        moves.move(viewer, locked.order(), OrderStatus.CANCELLED, why);
    }

    @Override
    @Transactional
    public void noShow(Viewer viewer, long orderId, String reason) {
        Locked locked = moves.lock(viewer, orderId, EnumSet.of(Standing.CAREGIVER, Standing.PROVIDER));
        if (clock.instant().isBefore(locked.order().scheduledStart())) {
            throw OrderProblem.of("reason", "service.error.noShowTooEarly");
        }
        moves.move(viewer, locked.order(), OrderStatus.NO_SHOW, requireReason(reason));
    }

    @Override
    @Transactional
    public void pay(Viewer viewer, long orderId, String method) {
        Locked locked = moves.lock(viewer, orderId, EnumSet.of(Standing.ELDER_SIDE));
        OrderRow order = locked.order();
        if (order.status() != OrderStatus.DONE && order.status() != OrderStatus.REVIEWED) {
            throw OrderProblem.of(null, "service.error.payNotDone");
        }
        if (method == null || !PAYMENT_METHODS.contains(method)) {
            throw OrderProblem.of("method", "service.error.paymentMethod");
        }
        if (!payments.markPaid(orderId, method, viewer.accountId(), clock.instant())) {
            throw OrderProblem.of(null, "service.error.alreadyPaid");
        }
        OrderView.Payment payment = payments.ofOrder(orderId).orElseThrow();
        events.publishEvent(new OrderPaid(orderId, payment.id(), order.elderId(), order.providerId(), payment.shares(),
                clock.instant()));
    }

    static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw OrderProblem.of("reason", "service.error.reasonRequired");
        }
        if (reason.length() > 500) {
            throw OrderProblem.of("reason", "service.error.reasonTooLong");
        }
        return reason.strip();
    }
}
