package org.yiyang.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.TestClock;
import org.yiyang.care.internal.bed.BedDesk;
import org.yiyang.care.internal.bed.PlanReport;
import org.yiyang.care.internal.bed.PlanReports;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.identity.Viewer;
import org.yiyang.service.CheckOutReport;
import org.yiyang.service.OrderCompleted;
import org.yiyang.service.OrderDesk;
import org.yiyang.service.OrderRequest;
import org.yiyang.service.ServiceFixtures;
import org.yiyang.service.Visits;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.Money;
import org.yiyang.shared.ServiceItem;

/**
 * Visits counted against a bed's care plan: completed visits come from the service module's {@link OrderCompleted}
 * event, once per order, only by the bed's provider and only while the bed serves; the monthly report sums plans
 * and visits per bed, scoped to the viewer.
 */
@IntegrationTest
class CareBedVisitsTests {

    private static final AtomicLong ORDER_IDS = new AtomicLong(System.currentTimeMillis() * 10);

    @Autowired
    ServiceFixtures fixtures;

    @Autowired
    BedDesk desk;

    @Autowired
    PlanReports reports;

    @Autowired
    ServiceRecipients elders;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    OrderDesk orders;

    @Autowired
    Visits visits;

    @Autowired
    TestClock clock;

    BedScenario scenario;

    @BeforeEach
    void scenario() {
        scenario = new BedScenario(fixtures, desk, elders, clock);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aCompletedVisitByTheBedsProviderCountsOnceForItsItem() {
        long bed = scenario.active();
        long elder = elderOf(bed);
        ServiceItem item = scenario.firstItem();
        long order = ORDER_IDS.incrementAndGet();
        complete(order, elder, fixtures.providerId(), item, now());
        complete(order, elder, fixtures.providerId(), item, now());
        complete(ORDER_IDS.incrementAndGet(), elder, fixtures.providerId(), item, now());

        awaitDone(bed, item, 2);
        assertThat(doneFor(bed, item)).isEqualTo(2);
    }

    @Test
    void visitsByAnotherProviderOrBeforeServiceStartsDoNotCount() {
        long registered = scenario.registered();
        long active = scenario.active();
        ServiceItem item = scenario.firstItem();
        complete(ORDER_IDS.incrementAndGet(), elderOf(registered), fixtures.providerId(), item, now());
        complete(ORDER_IDS.incrementAndGet(), elderOf(active), fixtures.providerId() + 100_000, item, now());
        complete(ORDER_IDS.incrementAndGet(), elderOf(active), fixtures.providerId(), item,
                now().minus(Duration.ofDays(40)));
        long marker = ORDER_IDS.incrementAndGet();
        complete(marker, elderOf(active), fixtures.providerId(), item, now());

        awaitDone(active, item, 1);
        assertThat(doneFor(registered, item)).isZero();
        assertThat(desk.view(scenario.provider(), active, month()).plan()).allSatisfy(line ->
                assertThat(line.done()).isEqualTo(line.item() == item ? 1 : 0));
    }

    @Test
    void theMonthlyReportCapsEachItemAtThePlanAndIsScopedToTheViewer() {
        ServiceItem item = scenario.firstItem();
        long bed = desk.register(scenario.provider(), scenario.draft(fixtures.elder(), Map.of(item, 2)));
        desk.inspect(scenario.regulator(), bed, scenario.today(), true, null);
        desk.start(scenario.provider(), bed, scenario.today());
        for (int i = 0; i < 3; i++) {
            complete(ORDER_IDS.incrementAndGet(), elderOf(bed), fixtures.providerId(), item, now());
        }
        awaitDone(bed, item, 3);

        PlanReport.Row row = rowOf(reports.report(scenario.provider(), month(), null, 0, 100), bed);
        assertThat(row.planned()).isEqualTo(2);
        assertThat(row.met()).isEqualTo(2);
        assertThat(row.done()).isEqualTo(3);
        assertThat(row.percent()).isEqualTo(100);
        assertThat(rowOf(reports.report(scenario.regulator(), month(), fixtures.providerId(), 0, 100), bed)).isNotNull();

        PlanReport elsewhere = reports.report(BedScenario.HULUNBUIR_REGULATOR, month(), null, 0, 100);
        assertThat(elsewhere.rows()).noneMatch(r -> r.bedId() == bed);
        PlanReport lastYear = reports.report(scenario.provider(), month().minusYears(1), null, 0, 100);
        assertThat(lastYear.rows()).noneMatch(r -> r.bedId() == bed);
        PlanReport all = reports.report(TestAccounts.REGION_ADMIN, month(), null, 0, 100);
        assertThat(all.totals().beds()).isGreaterThanOrEqualTo(1);
        assertThat(all.totals().planned()).isGreaterThanOrEqualTo(all.totals().met());
    }

    @Test
    void aVisitCheckedOutInTheServiceModuleCountsForTheBed() {
        long bed = scenario.active();
        long elder = elderOf(bed);
        ServiceItem item = scenario.firstItem();
        var offering = fixtures.offering(item, "30", 5);
        LocalDate day = scenario.today().plusDays(30 + ThreadLocalRandom.current().nextInt(25));
        clock.setTo(day.minusDays(1).atTime(12, 0).atZone(ChinaTime.ZONE).toInstant());
        long order = orders.place(ServiceFixtures.BANNER_OPERATOR, new OrderRequest(elder, offering.id(),
                LocalDateTime.of(day, java.time.LocalTime.of(9, 0)), 1, null), ServiceFixtures.key()).orderId();
        orders.accept(scenario.provider(), order);
        orders.assign(scenario.provider(), order, fixtures.caregivers().get(0).id());
        String pin = orders.find(ServiceFixtures.BANNER_OPERATOR, order).orElseThrow().confirmationPin();
        Viewer caregiver = fixtures.caregiverAccount();
        clock.setTo(day.atTime(9, 2).atZone(ChinaTime.ZONE).toInstant());
        visits.checkIn(caregiver, order, null);
        clock.setTo(day.atTime(9, 50).atZone(ChinaTime.ZONE).toInstant());
        visits.checkOut(caregiver, order, null, new CheckOutReport(List.of("SAFETY_CHECK"), null, "顺利", pin, null));

        YearMonth visitMonth = YearMonth.from(day);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> desk.view(scenario.provider(), bed, visitMonth)
                .plan().stream().anyMatch(line -> line.item() == item && line.done() == 1));
    }

    private void complete(long orderId, long elderId, long providerId, ServiceItem item, Instant start) {
        transactions.executeWithoutResult(tx -> events.publishEvent(new OrderCompleted(orderId, elderId, providerId,
                ServiceFixtures.BANNER, item, start, start.plus(Duration.ofHours(1)), Money.ofFen(3000))));
    }

    private void awaitDone(long bed, ServiceItem item, int visits) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> doneFor(bed, item) >= visits);
        try {
            Thread.sleep(300);   // a duplicate delivered late would have been counted by now
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int doneFor(long bed, ServiceItem item) {
        return desk.view(scenario.provider(), bed, month()).plan().stream().filter(line -> line.item() == item)
                .mapToInt(line -> line.done()).sum();
    }

    private long elderOf(long bed) {
        return desk.view(scenario.provider(), bed, month()).bed().elderId();
    }

    private Instant now() {
        return clock.instant();
    }

    private YearMonth month() {
        return YearMonth.from(scenario.today());
    }

    private static PlanReport.Row rowOf(PlanReport report, long bed) {
        return report.rows().stream().filter(r -> r.bedId() == bed).findFirst().orElse(null);
    }
}
