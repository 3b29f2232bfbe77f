package org.yiyang.care.internal.bed;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.yiyang.service.OrderCompleted;
import org.yiyang.shared.ChinaTime;

/**
 * Counts the visits of a bed: a visit the service module reports complete ({@link OrderCompleted}, after
 * check-out) for the elder of a bed, by the bed's provider, on a day the bed served, is kept once per order.
 * The event publication registry re-delivers an event after a crash; the order id keeps a second delivery from
 * counting twice.
 */
@Component
class BedVisits {

    private final JdbcClient jdbc;

    BedVisits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(OrderCompleted visit) {
        record(visit);
    }

    /** True when the visit was counted for a bed now; false when no bed served then, or it was counted before. */
    boolean record(OrderCompleted visit) {
        LocalDate day = visit.start().atZone(ChinaTime.ZONE).toLocalDate();
        Optional<Long> bed = jdbc.sql("""
                        SELECT id FROM care_bed WHERE elder_id = :elder AND provider_id = :provider
                          AND service_start <= :day AND (terminated_on IS NULL OR terminated_on >= :day)
                        ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""")
                .param("elder", visit.elderId()).param("provider", visit.providerId()).param("day", day)
                .query(Long.class).optional();
        if (bed.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                        INSERT INTO care_bed_visit (order_id, bed_id, item, visit_on, visit_month, completed_at)
                        SELECT :order, :bed, :item, :day, :month, :completedAt FROM (VALUES (1)) one
                        WHERE NOT EXISTS (SELECT 1 FROM care_bed_visit WHERE order_id = :order)""")
                .param("order", visit.orderId()).param("bed", bed.get()).param("item", visit.item().name())
                .param("day", day).param("month", day.withDayOfMonth(1))
                .param("completedAt", Timestamp.from(visit.end())).update() == 1;
    }
}
