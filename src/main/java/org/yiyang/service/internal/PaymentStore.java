package org.yiyang.service.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.yiyang.service.OrderView.Payment;
import org.yiyang.service.Payer;
import org.yiyang.service.PaymentShare;
import org.yiyang.shared.Money;

/** service_payment and its shares. */
@Repository
class PaymentStore {

    private final JdbcClient jdbc;

    PaymentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(long orderId, Money total, List<PaymentShare> shares, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO service_payment (order_id, total_fen, status, created_at) VALUES (:order, :total, 'PENDING', :at)")
                .param("order", orderId).param("total", total.fen()).param("at", Timestamp.from(at))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (PaymentShare share : shares) {
            jdbc.sql("INSERT INTO service_payment_share (payment_id, payer, amount_fen, source) VALUES (:payment, :payer, :amount, :source)")
                    .param("payment", id).param("payer", share.payer().name()).param("amount", share.amount().fen())
                    .param("source", share.source()).update();
        }
        return id;
    }

    Optional<Payment> ofOrder(long orderId) {
        return jdbc.sql("SELECT id, total_fen, status, method, paid_at FROM service_payment WHERE order_id = :order")
                .param("order", orderId)
                .query((rs, n) -> new Payment(rs.getLong(1), Money.ofFen(rs.getLong(2)), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
                        shares(rs.getLong(1))))
                .optional();
    }

    private List<PaymentShare> shares(long paymentId) {
        return jdbc.sql("SELECT payer, amount_fen, source FROM service_payment_share WHERE payment_id = :payment ORDER BY id")
                .param("payment", paymentId)
                .query((rs, n) -> new PaymentShare(Payer.valueOf(rs.getString(1)), Money.ofFen(rs.getLong(2)),
                        rs.getString(3)))
                .list();
    }

    /** Marks a pending payment paid; false when it was not pending (already paid, or void). */
    boolean markPaid(long orderId, String method, long by, Instant at) {
        return jdbc.sql("""
                        UPDATE service_payment SET status = 'PAID', method = :method, paid_at = :at, paid_by = :by
                        WHERE order_id = :order AND status = 'PENDING'""")
                .param("method", method).param("at", Timestamp.from(at)).param("by", by).param("order", orderId)
                .update() == 1;
    }

    /** An order that ends without service (refused, cancelled, no-show) owes nothing. */
    void voidPending(long orderId) {
        jdbc.sql("UPDATE service_payment SET status = 'VOID' WHERE order_id = :order AND status = 'PENDING'")
                .param("order", orderId).update();
    }
}
