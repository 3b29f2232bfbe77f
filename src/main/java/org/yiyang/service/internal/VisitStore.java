package org.yiyang.service.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yiyang.service.VisitConfirmation;
import org.yiyang.service.internal.VisitRules.Raised;

/** Reads and writes service_visit rows and raises their exceptions. Positions arrive here already sealed. */
@Repository
class VisitStore {

    private final JdbcClient jdbc;

    VisitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A service_visit row; positions still sealed. */
    record VisitRow(long orderId, Instant checkInAt, String checkInPosition, Integer checkInAccuracy,
                    Integer checkInDistance, Instant checkOutAt, String checkOutPosition, Integer checkOutAccuracy,
                    Integer checkOutDistance, String tasks, String otherTasks, String notes,
                    VisitConfirmation confirmation, String signature, Instant confirmedAt, int pinFailures) {
    }

    /** Where the phone was at the door: the sealed position, accuracy and distance to the home. */
    record Door(Instant at, String sealedPosition, Integer accuracy, Integer distance) {
    }

    Optional<VisitRow> find(long orderId) {
        return jdbc.sql("""
                        SELECT order_id, check_in_at, check_in_position, check_in_accuracy_m, check_in_distance_m,
                        check_out_at, check_out_position, check_out_accuracy_m, check_out_distance_m, tasks, tasks_other,
                        notes, confirmation, signature, confirmed_at, pin_failures FROM service_visit WHERE order_id = :id""")
                .param("id", orderId).query(VisitStore::row).optional();
    }

    void checkIn(OrderRow order, Door door) {
        jdbc.sql("""
                        INSERT INTO service_visit (order_id, division_code, provider_id, caregiver_id, caregiver_name,
                        elder_id, item, check_in_at, check_in_position, check_in_accuracy_m, check_in_distance_m)
                        VALUES (:order, :division, :provider, :caregiver, :caregiverName, :elder, :item, :at, :position,
                        :accuracy, :distance)""")
                .param("order", order.id()).param("division", order.divisionCode())
                .param("provider", order.providerId()).param("caregiver", order.caregiverId())
                .param("caregiverName", order.caregiverName()).param("elder", order.elderId())
                .param("item", order.item().name()).param("at", Timestamp.from(door.at()))
                .param("position", door.sealedPosition()).param("accuracy", door.accuracy())
                .param("distance", door.distance()).update();
    }

    void checkOut(long orderId, Door door, String tasks, String otherTasks, String notes,
                  VisitConfirmation confirmation, String signature) {
        jdbc.sql("""
                        UPDATE service_visit SET check_out_at = :at, check_out_position = :position,
                        check_out_accuracy_m = :accuracy, check_out_distance_m = :distance, tasks = :tasks,
                        tasks_other = :other, notes = :notes, confirmation = :confirmation, signature = :signature,
                        confirmed_at = :at WHERE order_id = :order""")
                .param("at", Timestamp.from(door.at())).param("position", door.sealedPosition())
                .param("accuracy", door.accuracy()).param("distance", door.distance()).param("tasks", tasks)
                .param("other", otherTasks).param("notes", notes).param("confirmation", confirmation.name())
                .param("signature", signature).param("order", orderId).update();
    }

    /** Counted in its own transaction: a wrong PIN changes nothing else but must still count. */
    void countPinFailure(long orderId) {
        jdbc.sql("UPDATE service_visit SET pin_failures = pin_failures + 1 WHERE order_id = :order")
                .param("order", orderId).update();
    }

    void raise(OrderRow order, List<Raised> raised, Instant at) {
        for (Raised r : raised) {
            jdbc.sql("""
                            INSERT INTO service_visit_exception (order_id, division_code, provider_id, kind, phase, measured,
                            allowed, raised_at, review_status) VALUES (:order, :division, :provider, :kind, :phase,
                            :measured, :allowed, :at, 'OPEN')""")
                    .param("order", order.id()).param("division", order.divisionCode())
                    .param("provider", order.providerId()).param("kind", r.kind().name()).param("phase", r.phase())
                    .param("measured", r.measured()).param("allowed", r.allowed()).param("at", Timestamp.from(at))
                    .update();
        }
    }

    private static VisitRow row(ResultSet rs, int n) throws SQLException {
        String confirmation = rs.getString("confirmation");
        return new VisitRow(rs.getLong("order_id"), instant(rs, "check_in_at"), rs.getString("check_in_position"),
                integer(rs, "check_in_accuracy_m"), integer(rs, "check_in_distance_m"), instant(rs, "check_out_at"),
                rs.getString("check_out_position"), integer(rs, "check_out_accuracy_m"),
                integer(rs, "check_out_distance_m"), rs.getString("tasks"), rs.getString("tasks_other"),
                rs.getString("notes"), confirmation == null ? null : VisitConfirmation.valueOf(confirmation),
                rs.getString("signature"), instant(rs, "confirmed_at"), rs.getInt("pin_failures"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
