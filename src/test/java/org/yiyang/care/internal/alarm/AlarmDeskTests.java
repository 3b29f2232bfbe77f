package org.yiyang.care.internal.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.care.internal.ListPage;
import org.yiyang.IntegrationTest;
import org.yiyang.TestClock;
import org.yiyang.care.AlarmScenario;
import org.yiyang.care.AlarmStatus;
import org.yiyang.care.Alarms;
import org.yiyang.service.Offering;
import org.yiyang.service.OrderChannel;
import org.yiyang.service.ServiceFixtures;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.ServiceItem;

/** The operator's steps on an alarm: allowed in order, refused with a reason otherwise, every one on the timeline. */
@IntegrationTest
class AlarmDeskTests {

    @Autowired AlarmDesk desk;
    @Autowired Alarms alarms;
    @Autowired ServiceFixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    private long raised() {
        return alarms.raise(AlarmScenario.fall(fixtures.elder()), "hotline").id();
    }

    private static String key(Runnable step) {
        try {
            step.run();
            return "accepted";
        } catch (AlarmProblem problem) {
            return problem.messageKey();
        }
    }

    @Test
    void anAlarmIsAcknowledgedCalledDispatchedAndClosedWithEveryStepTimedAndKept() {
        long id = raised();

        desk.acknowledge(AlarmScenario.BANNER_OPERATOR, id);
        desk.recordCall(AlarmScenario.BANNER_OPERATOR, id, CallParty.ELDER, null, CallResult.NO_ANSWER, null);
        desk.recordCall(AlarmScenario.BANNER_OPERATOR, id, CallParty.NEIGHBOUR, null, CallResult.ANSWERED, "邻居去看了");
        desk.dispatch(AlarmScenario.BANNER_OPERATOR, id, DispatchMethod.AMBULANCE, "120-778", null);
        desk.note(AlarmScenario.BANNER_OPERATOR, id, "  已送医  ");
        desk.close(AlarmScenario.BANNER_OPERATOR, id, "老人轻微擦伤，已送医检查");

        AlarmView alarm = desk.find(AlarmScenario.BANNER_OPERATOR, id);
        assertThat(alarm.status()).isEqualTo(AlarmStatus.CLOSED);
        assertThat(alarm.acknowledgedName()).isEqualTo("演示话务员");
        assertThat(alarm.outcome()).isEqualTo("老人轻微擦伤，已送医检查");
        assertThat(alarm.timeToAcknowledge()).isPresent();
        assertThat(alarm.timeToClose()).isPresent();
        List<AlarmStep> steps = desk.timeline(AlarmScenario.BANNER_OPERATOR, id);
        assertThat(steps).extracting(AlarmStep::kind).containsSubsequence(AlarmStepKind.RAISED,
                AlarmStepKind.ACKNOWLEDGED, AlarmStepKind.CALLED, AlarmStepKind.CALLED, AlarmStepKind.DISPATCHED,
                AlarmStepKind.NOTE, AlarmStepKind.CLOSED);
        assertThat(steps).allSatisfy(step -> assertThat(step.at()).isNotNull());
        AlarmStep neighbour = steps.stream().filter(s -> "NEIGHBOUR".equals(s.party())).findFirst().orElseThrow();
        assertThat(neighbour.result()).isEqualTo("ANSWERED");
        assertThat(neighbour.note()).isEqualTo("邻居去看了");
        assertThat(neighbour.actorName()).isEqualTo("演示话务员");
        assertThat(steps.stream().filter(s -> s.kind() == AlarmStepKind.NOTE).findFirst().orElseThrow().note())
                .isEqualTo("已送医");
    }

    @Test
    void aCaregiverIsSentByAnUrgentOrderAndWhenTheOrderIsRefusedNothingIsDispatched() {
        clock.setTo(chinaToday("10:00"));
        Offering help = fixtures.offering(ServiceItem.EMERGENCY_HELP, "50", 1);
        long id = raised();
        assertThat(key(() -> desk.dispatchCaregiver(AlarmScenario.BANNER_OPERATOR, id, help.id(), null,
                ServiceFixtures.key()))).isEqualTo("alarm.error.notAcknowledged");
        desk.acknowledge(AlarmScenario.BANNER_OPERATOR, id);
        long orders = fixtures.orderCount();
        String formKey = ServiceFixtures.key();

        long order = desk.dispatchCaregiver(AlarmScenario.BANNER_OPERATOR, id, help.id(), "卧室摔倒", formKey);
        long again = desk.dispatchCaregiver(AlarmScenario.BANNER_OPERATOR, id, help.id(), "卧室摔倒", formKey);

        assertThat(again).as("a double submit").isEqualTo(order);
        assertThat(fixtures.orderCount()).isEqualTo(orders + 1);
        assertThat(fixtures.desk().find(fixtures.providerAdmin(), order).orElseThrow().summary().channel())
                .isEqualTo(OrderChannel.URGENT);
        assertThat(new AlarmScenario(jdbc).status(id)).isEqualTo("DISPATCHED");
        assertThat(desk.timeline(AlarmScenario.BANNER_OPERATOR, id)).filteredOn(s -> s.kind() == AlarmStepKind.DISPATCHED)
                .singleElement().satisfies(step -> {
                    assertThat(step.party()).isEqualTo("CAREGIVER");
                    assertThat(step.target()).isEqualTo(String.valueOf(order));
                    assertThat(step.note()).isEqualTo("卧室摔倒");
                });

        clock.setTo(chinaToday("03:00"));
        long night = raised();
        desk.acknowledge(AlarmScenario.BANNER_OPERATOR, night);
        assertThat(key(() -> desk.dispatchCaregiver(AlarmScenario.BANNER_OPERATOR, night, help.id(), null,
                ServiceFixtures.key()))).isEqualTo("service.error.closedNow");
        assertThat(new AlarmScenario(jdbc).status(night)).isEqualTo("ACKNOWLEDGED");
        assertThat(desk.timeline(AlarmScenario.BANNER_OPERATOR, night)).extracting(AlarmStep::kind)
                .doesNotContain(AlarmStepKind.DISPATCHED);
        assertThat(fixtures.orderCount()).isEqualTo(orders + 1);
        assertThat(key(() -> desk.dispatchCaregiver(AlarmScenario.BANNER_REGULATOR, night, help.id(), null,
                ServiceFixtures.key()))).isEqualTo("alarm.error.readOnly");
    }

    private Instant chinaToday(String time) {
        return ChinaTime.today(clock).atTime(LocalTime.parse(time)).atZone(ChinaTime.ZONE).toInstant();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void invalidStepsAreRefusedWithAReasonAndChangeNothing() {
        long id = raised();
        assertThat(key(() -> desk.dispatch(AlarmScenario.BANNER_OPERATOR, id, DispatchMethod.FAMILY, null, null)))
                .isEqualTo("alarm.error.notAcknowledged");
        assertThat(key(() -> desk.close(AlarmScenario.BANNER_OPERATOR, id, "   "))).isEqualTo("alarm.error.required.outcome");
        assertThat(key(() -> desk.close(AlarmScenario.BANNER_OPERATOR, id, "x".repeat(501)))).isEqualTo("alarm.error.tooLong");
        assertThat(key(() -> desk.recordCall(AlarmScenario.BANNER_OPERATOR, id, null, null, CallResult.ANSWERED, null)))
                .isEqualTo("alarm.error.required.party");
        assertThat(key(() -> desk.acknowledge(AlarmScenario.BANNER_REGULATOR, id))).isEqualTo("alarm.error.readOnly");
        assertThat(new AlarmScenario(jdbc).status(id)).isEqualTo("OPEN");
        assertThat(desk.timeline(AlarmScenario.BANNER_OPERATOR, id)).extracting(AlarmStep::kind)
                .doesNotContain(AlarmStepKind.ACKNOWLEDGED, AlarmStepKind.CLOSED, AlarmStepKind.DISPATCHED);

        desk.close(AlarmScenario.BANNER_OPERATOR, id, "误报，老人确认平安");
        assertThat(key(() -> desk.close(AlarmScenario.BANNER_OPERATOR, id, "再办结一次"))).isEqualTo("alarm.error.closed");
        assertThat(key(() -> desk.acknowledge(AlarmScenario.BANNER_OPERATOR, id))).isEqualTo("alarm.error.closed");
        assertThat(key(() -> desk.note(AlarmScenario.BANNER_OPERATOR, id, "迟到的备注"))).isEqualTo("alarm.error.closed");
        assertThat(desk.find(AlarmScenario.BANNER_OPERATOR, id).outcome()).isEqualTo("误报，老人确认平安");
        assertThat(new AlarmScenario(jdbc).steps(id, "CLOSED")).isEqualTo(1);
    }

    @Test
    void ofTwoOperatorsAcknowledgingAtOnceOneWinsAndTheOtherIsToldWhoTookIt() throws Exception {
        long id = raised();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (var operator : List.of(AlarmScenario.BANNER_OPERATOR, AlarmScenario.SECOND_OPERATOR)) {
                results.add(pool.submit((Callable<String>) () -> {
                    start.await();
                    try {
                        desk.acknowledge(operator, id);
                        return "won";
                    } catch (AlarmProblem problem) {
                        return problem.messageKey() + ":" + problem.args()[0];
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = List.of(results.get(0).get(), results.get(1).get());
            String winner = desk.find(AlarmScenario.BANNER_OPERATOR, id).acknowledgedName();

            assertThat(outcomes).containsOnlyOnce("won");
            assertThat(outcomes).contains("alarm.error.takenBy:" + winner);
            assertThat(new AlarmScenario(jdbc).steps(id, "ACKNOWLEDGED")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theQueueShowsOnlyTheViewersDivisionMostUrgentFirst() {
        long elder = fixtures.elder();
        long normal = alarms.raise(AlarmScenario.signal(org.yiyang.care.AlarmKind.WATER_LEAK, elder), "hotline").id();
        long critical = alarms.raise(AlarmScenario.fall(elder), "hotline").id();

        List<Long> banner = ids(desk.queue(AlarmScenario.BANNER_OPERATOR, 0, 500));
        List<Long> hulunbuir = ids(desk.queue(AlarmScenario.HULUNBUIR_OPERATOR, 0, 500));

        assertThat(banner).contains(normal, critical);
        assertThat(banner.indexOf(critical)).isLessThan(banner.indexOf(normal));
        assertThat(hulunbuir).doesNotContain(normal, critical);
        assertThat(key(() -> desk.find(AlarmScenario.HULUNBUIR_OPERATOR, critical))).isEqualTo("alarm.error.notFound");
        assertThat(key(() -> desk.acknowledge(AlarmScenario.HULUNBUIR_OPERATOR, critical))).isEqualTo("alarm.error.notFound");
        desk.close(AlarmScenario.BANNER_OPERATOR, normal, "已处理");
        assertThat(ids(desk.queue(AlarmScenario.BANNER_OPERATOR, 0, 500))).doesNotContain(normal);
    }

    private static List<Long> ids(ListPage<AlarmView> page) {
        return page.items().stream().map(AlarmView::id).toList();
    }
}
