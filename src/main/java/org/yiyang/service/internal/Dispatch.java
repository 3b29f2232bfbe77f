package org.yiyang.service.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.provider.ProviderDirectory;
import org.yiyang.provider.StaffMember;
import org.yiyang.service.DispatchBoard;
import org.yiyang.service.DispatchBoard.CaregiverDay;
import org.yiyang.service.OrderProblem;
import org.yiyang.service.OrderStatus;
import org.yiyang.service.OrderSummary;
import org.yiyang.shared.ChinaTime;

/** Assigning caregivers to orders without booking anyone twice, and the provider's dispatch board. */
@Component
class Dispatch {

    private final OrderStore orders;
    private final OrderMoves moves;
    private final OrderNotices notices;
    private final ProviderDirectory providers;
    private final JdbcClient jdbc;
    private final Clock clock;

    Dispatch(OrderStore orders, OrderMoves moves, OrderNotices notices, ProviderDirectory providers, JdbcClient jdbc,
             Clock clock) {
        this.orders = orders;
        this.moves = moves;
        this.notices = notices;
        this.providers = providers;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** In the caller's transaction, with the order locked. */
    void assign(Viewer viewer, OrderRow order, long staffId) {
        if (!order.status().canMoveTo(OrderStatus.ASSIGNED)) {
            throw OrderProblem.wrongState(order.status());
        }
        StaffMember caregiver = providers.staff(staffId).filter(s -> s.providerId() == order.providerId())
                .orElseThrow(() -> OrderProblem.of("staffId", "service.error.caregiverUnknown"));
        if (!caregiver.dispatchable()) {
            throw OrderProblem.of("staffId", "service.error.caregiverNotDispatchable", caregiver.name());
        }
        if (order.caregiverId() != null && order.caregiverId() == staffId && order.status() != OrderStatus.ACCEPTED) {
            return;
        }
        orders.lockCaregiver(staffId);
        if (!orders.overlappingVisits(staffId, order.scheduledStart(), order.scheduledEnd(), order.id()).isEmpty()) {
            throw OrderProblem.of("staffId", "service.error.caregiverBooked", caregiver.name());
        }
        orders.setCaregiver(order.id(), staffId, caregiver.accountId(), caregiver.name(), clock.instant());
        moves.move(viewer, order, OrderStatus.ASSIGNED, null);
        if (order.caregiverAccount() != null && !order.caregiverAccount().equals(caregiver.accountId())) {
            notices.unassigned(order, order.caregiverAccount());
        }
    }

    DispatchBoard board(Viewer viewer, LocalDate date) {
        if (!viewer.is(Role.PROVIDER_ADMIN)) {
            throw new AccessDeniedException("Only a provider's administrator dispatches");
        }
        long providerId = providers.membershipOf(viewer).map(m -> m.providerId())
                .orElseThrow(() -> OrderProblem.of(null, "service.offering.error.noProvider"));
        List<OrderSummary> day = jdbc.sql("SELECT " + OrderRow.COLUMNS + """
                         FROM service_order o WHERE o.provider_id = :provider
                        AND o.scheduled_start >= :from AND o.scheduled_start < :to ORDER BY o.scheduled_start, o.id""")
                .param("provider", providerId)
                .param("from", Timestamp.from(date.atStartOfDay(ChinaTime.ZONE).toInstant()))
                .param("to", Timestamp.from(date.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant()))
                .query(OrderStore::row).list().stream().map(OrderRow::summary).toList();
        List<OrderSummary> toAccept = waiting(providerId, OrderStatus.PLACED);
        List<OrderSummary> toAssign = waiting(providerId, OrderStatus.ACCEPTED);
        Map<Long, List<OrderSummary>> byCaregiver = day.stream()
                .filter(o -> o.caregiverId() != null && o.status().open())
                .collect(Collectors.groupingBy(OrderSummary::caregiverId));
        List<CaregiverDay> caregivers = providers.dispatchableStaff(providerId).stream()
                .map(s -> new CaregiverDay(s.id(), s.name(), byCaregiver.getOrDefault(s.id(), List.of())))
                .toList();
        return new DispatchBoard(date, toAccept, toAssign, caregivers);
    }

    /** Every order of the provider waiting in {@code status}, soonest first (a provider has dozens, not thousands). */
    private List<OrderSummary> waiting(long providerId, OrderStatus status) {
        return jdbc.sql("SELECT " + OrderRow.COLUMNS + """
                         FROM service_order o WHERE o.provider_id = :provider AND o.status = :status
                        ORDER BY o.scheduled_start, o.id LIMIT 200""")
                .param("provider", providerId).param("status", status.name())
                .query(OrderStore::row).list().stream().map(OrderRow::summary).toList();
    }
}
