package org.yiyang.service;

import java.util.Optional;

import org.yiyang.identity.Viewer;

/**
 * The order lifecycle, the service module's main API. Every method acts for a {@link Viewer}, checks that the
 * viewer may act on the order, and throws {@link OrderProblem} (nothing changed) when the request is wrong.
 */
public interface OrderDesk {

    /**
     * Places an order. Idempotent per viewer and {@code idempotencyKey}: a retried submit returns the order the
     * first one created; the same key with a different request is refused.
     */
    Placed place(Viewer viewer, OrderRequest request, String idempotencyKey);

    /**
     * Places an urgent order for an alarm (紧急派单; hotline operators only): it starts now, books no slot and needs no
     * lead time, but the offering must serve the elder's division and its provider must be open now. Idempotent like
     * {@link #place}.
     */
    Placed placeUrgent(Viewer operator, UrgentOrderRequest request, String idempotencyKey);

    /** The order's id, and whether this call created it (false for a retry). */
    record Placed(long orderId, boolean created) {
    }

    /** What the order would cost and who would pay what, checked like {@link #place} but nothing is written. */
    java.util.List<PaymentShare> quote(Viewer viewer, OrderRequest request);

    Optional<OrderView> find(Viewer viewer, long orderId);

    /** Orders the viewer may see: the elder's own, a family member's elders', the provider's, or the division's. */
    OrderPage list(Viewer viewer, OrderQuery query, int page, int size);

    void accept(Viewer provider, long orderId);

    void refuse(Viewer provider, long orderId, String reason);

    /** Assigns or reassigns a caregiver; refused when the caregiver has another visit at an overlapping time. */
    void assign(Viewer provider, long orderId, long staffId);

    /** The dispatch board of the provider the viewer administers, for one date (China time). */
    DispatchBoard dispatchBoard(Viewer provider, java.time.LocalDate date);

    /** The caregiver sets out (已出发). */
    void depart(Viewer caregiver, long orderId);

    void cancel(Viewer viewer, long orderId, String reason);

    /** The caregiver found nobody at the booked time (上门未遇). */
    void noShow(Viewer caregiver, long orderId, String reason);

    /** The elder's side pays what is left for them after the other shares. */
    void pay(Viewer viewer, long orderId, String method);
}
