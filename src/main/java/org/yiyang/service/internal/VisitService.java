package org.yiyang.service.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiyang.elder.ServiceRecipient;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.identity.PersonalDataProtection;
import org.yiyang.identity.Viewer;
import org.yiyang.service.CheckOutReport;
import org.yiyang.service.GeoFix;
import org.yiyang.service.OrderCompleted;
import org.yiyang.service.OrderProblem;
import org.yiyang.service.OrderStatus;
import org.yiyang.service.VisitCard;
import org.yiyang.service.VisitConfirmation;
import org.yiyang.service.VisitExceptionPage;
import org.yiyang.service.VisitReasonCode;
import org.yiyang.service.VisitRecord;
import org.yiyang.service.VisitReviewStatus;
import org.yiyang.service.VisitTask;
import org.yiyang.service.Visits;
import org.yiyang.service.internal.OrderAccess.Standing;
import org.yiyang.service.internal.VisitRules.Raised;
import org.yiyang.service.internal.VisitStore.Door;
import org.yiyang.service.internal.VisitStore.VisitRow;
import org.yiyang.shared.GeoPoint;
import org.yiyang.shared.Money;
import org.yiyang.shared.ServiceItem;

/** Check-in and check-out at the door, each in one transaction, through {@link OrderMoves}. */
@Service
class VisitService implements Visits {

    static final int MAX_PIN_FAILURES = 5;
    static final String WRONG_PIN = "visit.error.wrongPin";

    private final OrderMoves moves;
    private final VisitStore visits;
    private final VisitReading reading;
    private final VisitReviews reviews;
    private final ServiceRecipients recipients;
    private final PersonalDataProtection protection;
    private final ServiceSettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    VisitService(OrderMoves moves, VisitStore visits, VisitReading reading, VisitReviews reviews,
                 ServiceRecipients recipients, PersonalDataProtection protection, ServiceSettings settings,
                 ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.moves = moves;
        this.visits = visits;
        this.reading = reading;
        this.reviews = reviews;
        this.recipients = recipients;
        this.protection = protection;
        this.settings = settings;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<VisitCard> today(Viewer caregiver) {
        return reading.today(caregiver);
    }

    @Override
    @Transactional
    public CheckedIn checkIn(Viewer caregiver, long orderId, GeoFix fix) {
        OrderRow order = moves.lock(caregiver, orderId, EnumSet.of(Standing.CAREGIVER)).order();
        if (order.status() != OrderStatus.ASSIGNED && order.status() != OrderStatus.ON_THE_WAY) {
            throw OrderProblem.wrongState(order.status());
        }
        Instant now = clock.instant();
        if (!OrderActions.today(order, now)) {
            throw OrderProblem.of(null, "visit.error.notToday");
        }
        GeoPoint home = home(order);
        Integer distance = VisitRules.distance(fix, home);
        moves.move(caregiver, order, OrderStatus.IN_SERVICE, null);
        visits.checkIn(order, door(now, fix, distance));
        List<Raised> raised = new ArrayList<>(VisitRules.position(VisitRules.CHECK_IN, fix, home, settings.checkInTolerance()));
        raised.addAll(VisitRules.time(now, order.scheduledStart(), settings.timeTolerance()));
        visits.raise(order, raised, now);
        return new CheckedIn(orderId, distance, raised.stream().map(Raised::kind).toList());
    }

    @Override
    public CheckedIn checkOut(Viewer caregiver, long orderId, GeoFix fix, CheckOutReport report) {
        try {
            return transaction.execute(status -> checkOutNow(caregiver, orderId, fix, report));
        } catch (OrderProblem problem) {
            if (WRONG_PIN.equals(problem.messageKey())) {
                transaction.executeWithoutResult(status -> visits.countPinFailure(orderId));
            }
            throw problem;
        }
    }

    private CheckedIn checkOutNow(Viewer caregiver, long orderId, GeoFix fix, CheckOutReport report) {
        OrderRow order = moves.lock(caregiver, orderId, EnumSet.of(Standing.CAREGIVER)).order();
        if (order.status() != OrderStatus.IN_SERVICE) {
            throw OrderProblem.wrongState(order.status());
        }
        VisitRow visit = visits.find(orderId).orElseThrow(() -> OrderProblem.wrongState(order.status()));
        List<VisitTask> tasks = VisitRules.tasks(order.item(), report.tasks(), report.otherTasks());
        String otherTasks = VisitRules.text("otherTasks", report.otherTasks());
        String notes = VisitRules.text("notes", report.notes());
        VisitConfirmation confirmation = confirm(order, visit, report);
        String signature = confirmation == VisitConfirmation.SIGNATURE ? report.signature() : null;
        Instant now = clock.instant();
        GeoPoint home = home(order);
        Integer distance = VisitRules.distance(fix, home);
        visits.checkOut(orderId, door(now, fix, distance),
                tasks.stream().map(Enum::name).collect(Collectors.joining(",")), otherTasks, notes, confirmation,
                signature);
        List<Raised> raised = new ArrayList<>(VisitRules.position(VisitRules.CHECK_OUT, fix, home, settings.checkInTolerance()));
        raised.addAll(VisitRules.duration(visit.checkInAt(), now, order.scheduledStart(), order.scheduledEnd()));
        visits.raise(order, raised, now);
        moves.move(caregiver, order, OrderStatus.DONE, null);
        events.publishEvent(new OrderCompleted(order.id(), order.elderId(), order.providerId(), order.divisionCode(),
                order.item(), visit.checkInAt(), now, Money.ofFen(order.totalFen())));
        return new CheckedIn(orderId, distance, raised.stream().map(Raised::kind).toList());
    }

    /** The order's PIN while fewer than {@link #MAX_PIN_FAILURES} wrong ones were tried, else a signature. */
    private static VisitConfirmation confirm(OrderRow order, VisitRow visit, CheckOutReport report) {
        if (!VisitRules.blank(report.pin())) {
            if (visit.pinFailures() >= MAX_PIN_FAILURES) {
                throw OrderProblem.of("pin", "visit.error.pinLocked", MAX_PIN_FAILURES);
            }
            byte[] given = report.pin().strip().getBytes(StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(given, order.confirmationPin().getBytes(StandardCharsets.UTF_8))) {
                throw OrderProblem.of("pin", WRONG_PIN, MAX_PIN_FAILURES - visit.pinFailures() - 1);
            }
            return VisitConfirmation.PIN;
        }
        if (!VisitRules.blank(report.signature())) {
            VisitRules.signature(report.signature());
            return VisitConfirmation.SIGNATURE;
        }
        throw OrderProblem.of("pin", "visit.error.confirmationRequired");
    }

    private GeoPoint home(OrderRow order) {
        return recipients.find(order.elderId()).map(ServiceRecipient::home).orElse(null);
    }

    private Door door(Instant at, GeoFix fix, Integer distance) {
        return fix == null ? new Door(at, null, null, null)
                : new Door(at, protection.encrypt(fix.point().format()), (int) Math.round(fix.accuracyMetres()), distance);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<VisitRecord> record(Viewer viewer, long orderId) {
        return reading.record(viewer, orderId);
    }

    @Override
    public List<VisitTask> tasksFor(ServiceItem item) {
        return VisitTask.of(item);
    }

    @Override
    @Transactional(readOnly = true)
    public VisitExceptionPage exceptions(Viewer viewer, VisitReviewStatus status, int page, int size) {
        return reviews.list(viewer, status, page, size);
    }

    @Override
    @Transactional
    public void explain(Viewer providerAdmin, long exceptionId, VisitReasonCode reason, String text) {
        reviews.explain(providerAdmin, exceptionId, reason, text);
    }

    @Override
    @Transactional
    public void review(Viewer regulator, long exceptionId, boolean accept, String note) {
        reviews.review(regulator, exceptionId, accept, note);
    }
}
