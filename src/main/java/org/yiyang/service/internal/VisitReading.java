package org.yiyang.service.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiyang.elder.ServiceRecipient;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.identity.PersonalDataProtection;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.provider.ProviderDirectory;
import org.yiyang.service.VisitCard;
import org.yiyang.service.VisitException;
import org.yiyang.service.VisitRecord;
import org.yiyang.service.VisitRecord.Position;
import org.yiyang.service.VisitTask;
import org.yiyang.service.internal.OrderAccess.Standing;
import org.yiyang.service.internal.VisitStore.VisitRow;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.GeoPoint;

/** The caregiver's day and the visit record, each shown only to those with a part in the order. */
@Component
class VisitReading {

    private final JdbcClient jdbc;
    private final OrderStore orders;
    private final OrderAccess access;
    private final VisitStore visits;
    private final VisitReviews reviews;
    private final ServiceRecipients recipients;
    private final ProviderDirectory providers;
    private final PersonalDataProtection protection;
    private final ServiceSettings settings;
    private final Clock clock;

    VisitReading(JdbcClient jdbc, OrderStore orders, OrderAccess access, VisitStore visits, VisitReviews reviews,
                 ServiceRecipients recipients, ProviderDirectory providers, PersonalDataProtection protection,
                 ServiceSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.access = access;
        this.visits = visits;
        this.reviews = reviews;
        this.recipients = recipients;
        this.providers = providers;
        this.protection = protection;
        this.settings = settings;
        this.clock = clock;
    }

    /** Today's visits of the caregiver in start order; refused and cancelled ones are left out. */
    List<VisitCard> today(Viewer caregiver) {
        if (!caregiver.is(Role.CAREGIVER)) {
            return List.of();
        }
        Long staffId = providers.membershipOf(caregiver).map(m -> m.staffId()).orElse(null);
        if (staffId == null) {
            return List.of();
        }
        LocalDate today = ChinaTime.today(clock);
        List<OrderRow> day = jdbc.sql("SELECT " + OrderRow.COLUMNS + """
                         FROM service_order o WHERE o.caregiver_id = :staff AND o.status NOT IN ('REFUSED', 'CANCELLED')
                        AND o.scheduled_start >= :from AND o.scheduled_start < :to ORDER BY o.scheduled_start, o.id""")
                .param("staff", staffId)
                .param("from", Timestamp.from(today.atStartOfDay(ChinaTime.ZONE).toInstant()))
                .param("to", Timestamp.from(today.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant()))
                .query(OrderStore::row).list();
        return day.stream().map(this::card).toList();
    }

    private VisitCard card(OrderRow order) {
        Optional<ServiceRecipient> elder = recipients.find(order.elderId());
        Optional<VisitRow> visit = visits.find(order.id());
        return new VisitCard(order.id(), order.scheduledStart(), order.scheduledEnd(), order.item(),
                order.offeringName(), order.elderName(), elder.map(ServiceRecipient::address).orElse(null),
                elder.map(ServiceRecipient::needs).orElse(null), order.status(),
                visit.map(VisitRow::checkInAt).orElse(null), visit.map(VisitRow::checkOutAt).orElse(null),
                settings.checkInTolerance());
    }

    Optional<VisitRecord> record(Viewer viewer, long orderId) {
        return orders.find(orderId).flatMap(order -> access.standing(viewer, order)
                .map(standing -> record(order, standing)));
    }

    private VisitRecord record(OrderRow order, Standing standing) {
        boolean serving = standing != Standing.ELDER_SIDE;
        Optional<VisitRow> visit = visits.find(order.id());
        VisitRow v = visit.orElse(null);
        List<VisitTask> tasks = v == null || v.tasks() == null || v.tasks().isBlank() ? List.of()
                : Arrays.stream(v.tasks().split(",")).map(VisitTask::valueOf).toList();
        List<VisitException> exceptions = serving && v != null ? reviews.ofOrder(order.id()) : List.of();
        return new VisitRecord(order.id(), order.status(), order.item(), order.offeringName(), order.elderId(),
                order.elderName(), order.scheduledStart().atZone(ChinaTime.ZONE).toLocalDate(), order.scheduledStart(),
                order.scheduledEnd(), order.caregiverName(), v == null ? null : v.checkInAt(),
                v == null ? null : v.checkOutAt(),
                v == null || !serving ? null : position(v.checkInPosition(), v.checkInAccuracy(), v.checkInDistance()),
                v == null || !serving || v.checkOutAt() == null ? null
                        : position(v.checkOutPosition(), v.checkOutAccuracy(), v.checkOutDistance()),
                tasks, v == null ? null : v.otherTasks(), v == null ? null : v.notes(),
                v == null ? null : v.confirmation(), v == null ? null : v.signature(),
                v == null ? null : v.confirmedAt(), exceptions);
    }

    private Position position(String sealed, Integer accuracy, Integer distance) {
        if (sealed == null) {
            return new Position(null, null, accuracy, distance);
        }
        GeoPoint point = GeoPoint.parse(protection.decrypt(sealed));
        return new Position(point.latitude(), point.longitude(), accuracy, distance);
    }
}
