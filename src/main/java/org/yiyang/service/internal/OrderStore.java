package org.yiyang.service.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yiyang.service.OrderChannel;
import org.yiyang.service.OrderStatus;
import org.yiyang.service.OrderView;
import org.yiyang.service.OrderView.Step;
import org.yiyang.shared.ServiceItem;

/** Reads and writes service orders and their timeline. */
@Repository
class OrderStore {

    private final JdbcClient jdbc;

    OrderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OrderRow> find(long id) {
        return jdbc.sql("SELECT " + OrderRow.COLUMNS + " FROM service_order o WHERE o.id = :id")
                .param("id", id).query(OrderStore::row).optional();
    }

    /** The row, locked for a status change. */
    Optional<OrderRow> lock(long id) {
        return jdbc.sql("SELECT " + OrderRow.COLUMNS + " FROM service_order o WHERE o.id = :id FOR UPDATE")
                .param("id", id).query(OrderStore::row).optional();
    }

    Optional<Placement> byIdempotencyKey(long placedBy, String key) {
        return jdbc.sql("SELECT id, request_hash FROM service_order WHERE placed_by = :by AND idempotency_key = :key")
                .param("by", placedBy).param("key", key)
                .query((rs, n) -> new Placement(rs.getLong(1), rs.getString(2))).optional();
    }

    record Placement(long orderId, String requestHash) {
    }

    /** Moves the order only if it is still in {@code from}: a concurrent move makes this return false. */
    boolean move(long id, OrderStatus from, OrderStatus to, String reason, Instant at) {
        return jdbc.sql("""
                        UPDATE service_order SET status = :to, reason = COALESCE(:reason, reason), updated_at = :at
                        WHERE id = :id AND status = :from""")
                .param("to", to.name()).param("reason", reason).param("at", Timestamp.from(at))
                .param("id", id).param("from", from.name()).update() == 1;
    }

    void setCaregiver(long id, long staffId, Long account, String name, Instant at) {
        jdbc.sql("""
                        UPDATE service_order SET caregiver_id = :staff, caregiver_account = :account, caregiver_name = :name,
                        updated_at = :at WHERE id = :id""")
                .param("staff", staffId).param("account", account).param("name", name)
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    void recordStep(long orderId, OrderStatus status, Actor actor, String reason, Instant at) {
        jdbc.sql("""
                        INSERT INTO service_order_event (order_id, at, status, actor, actor_role, actor_name, reason)
                        VALUES (:order, :at, :status, :actor, :role, :name, :reason)""")
                .param("order", orderId).param("at", Timestamp.from(at)).param("status", status.name())
                .param("actor", actor.accountId()).param("role", actor.role()).param("name", actor.name())
                .param("reason", reason).update();
    }

    List<Step> timeline(long orderId) {
        return jdbc.sql("""
                        SELECT at, status, actor_name, actor_role, reason FROM service_order_event
                        WHERE order_id = :order ORDER BY at, id""")
                .param("order", orderId)
                .query((rs, n) -> new Step(rs.getTimestamp(1).toInstant(), OrderStatus.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** Open visits of the caregiver that overlap {@code start}..{@code end}, other than {@code exceptOrder}. */
    List<Long> overlappingVisits(long staffId, Instant start, Instant end, long exceptOrder) {
        return jdbc.sql("""
                        SELECT id FROM service_order WHERE caregiver_id = :staff AND id <> :except
                        AND status IN ('ASSIGNED', 'ON_THE_WAY', 'IN_SERVICE')
                        AND scheduled_start < :end AND scheduled_end > :start""")
                .param("staff", staffId).param("except", exceptOrder)
                .param("start", Timestamp.from(start)).param("end", Timestamp.from(end))
                .query(Long.class).list();
    }

    /** Serialises assignments of one caregiver: the lock row is created once, then locked. */
    void lockCaregiver(long staffId) {
        jdbc.sql("INSERT INTO service_caregiver_lock (staff_id) VALUES (:staff) ON CONFLICT DO NOTHING")
                .param("staff", staffId).update();
        jdbc.sql("SELECT staff_id FROM service_caregiver_lock WHERE staff_id = :staff FOR UPDATE")
                .param("staff", staffId).query(Long.class).single();
    }

    static OrderRow row(ResultSet rs, int n) throws SQLException {
        return new OrderRow(rs.getLong("id"), rs.getLong("placed_by"), OrderChannel.valueOf(rs.getString("channel")),
                rs.getLong("elder_id"), rs.getString("elder_name"), rs.getString("division_code"),
                rs.getLong("provider_id"), rs.getString("provider_division"), rs.getString("provider_name"),
                rs.getLong("offering_id"), ServiceItem.valueOf(rs.getString("item")), rs.getString("offering_name"),
                rs.getInt("quantity"), rs.getLong("unit_price_fen"), rs.getLong("total_fen"),
                rs.getTimestamp("scheduled_start").toInstant(), rs.getTimestamp("scheduled_end").toInstant(),
                OrderStatus.valueOf(rs.getString("status")), nullableLong(rs, "caregiver_id"),
                nullableLong(rs, "caregiver_account"), rs.getString("caregiver_name"),
                rs.getString("confirmation_pin"), rs.getString("note"), rs.getString("reason"),
                rs.getTimestamp("placed_at").toInstant());
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** Who made a change, as the timeline keeps it. */
    record Actor(long accountId, String role, String name) {
    }
}
