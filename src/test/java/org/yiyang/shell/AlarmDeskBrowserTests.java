package org.yiyang.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.TestAccounts;
import org.yiyang.care.AlarmScenario;
import org.yiyang.care.Alarms;
import org.yiyang.care.internal.alarm.DeskStreams;
import org.yiyang.elder.ContactDraft;
import org.yiyang.elder.ContactRelation;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.EmergencyContacts;
import org.yiyang.elder.TestElders;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.shared.DivisionCode;

/**
 * An operator of a banner where no other test raises alarms keeps the desk open; a fall arrives live (row, visible
 * and announced banner) without a reload, and the operator takes it, records a call and closes it with an outcome.
 * Both pages pass the accessibility scan.
 */
class AlarmDeskBrowserTests extends BrowserTest {

    private static final String BANNER = "150702000000";
    private static final Viewer DESK = new Viewer(0, "test", "test", Role.OPERATOR, DivisionCode.of(BANNER));

    @Autowired Alarms alarms;
    @Autowired DeskStreams streams;
    @Autowired ElderRegistry registry;
    @Autowired EmergencyContacts contacts;
    @Autowired AccountAdministration administration;
    @Autowired JdbcClient jdbc;

    @Test
    void anOperatorSeesANewAlarmArriveLiveTakesItAndClosesItWithAnOutcome() throws InterruptedException {
        long elder = registry.register(DESK, TestElders.draft("测试老人", TestElders.idNumber("150702", 1937),
                TestElders.HULUNBUIR_VILLAGE));
        contacts.add(DESK, elder, new ContactDraft("长女", ContactRelation.CHILD, "13900000003", 1, null));
        String operator = TestAccounts.create(administration, Role.OPERATOR, BANNER);
        OrderFlowPage desk = new OrderFlowPage(browser, "http://localhost:" + port);
        desk.firstSignIn(operator, "Alarm-desk-2026");
        DivisionCode village = DivisionCode.of(TestElders.HULUNBUIR_VILLAGE);
        int before = streams.listening(village);
        page.open("/care/alarms");
        AlarmScenario.await(() -> streams.listening(village) > before);
        assertThat(streams.listening(village)).as("the desk opened its event stream").isGreaterThan(before);

        long id = alarms.raise(AlarmScenario.fall(elder), "hotline").id();

        String row = "#alarm-queue tr[data-alarm='" + id + "']";
        assertThat(desk.awaitText(row, "跌倒")).contains("紧急", "待接警");
        assertThat(desk.awaitText("#alarm-banner", "#" + id)).contains("新报警");
        assertThat(driver().findElement(By.id("alarm-banner")).getDomAttribute("aria-live")).isEqualTo("assertive");
        AccessibilityScan deskScan = desk.scan();

        desk.follow(row + " a");
        desk.follow("#alarm-acknowledge");
        desk.awaitText("p.notice", "已接警");
        assertThat(desk.text("#alarm-status")).isEqualTo("已接警");
        desk.follow("[data-contact] button[value='NO_ANSWER']");
        desk.awaitText("#alarm-steps", "未接通");
        desk.follow("#alarm-close");
        assertThat(desk.awaitText("#alarm-problem", "办结必须填写处理结果")).isNotEmpty();
        desk.type("#outcome", "老人起身时滑倒，邻居已扶起，无外伤");
        desk.follow("#alarm-close");
        desk.awaitText("p.notice", "报警已办结");
        AccessibilityScan alarmScan = desk.scan();
        String status = desk.text("#alarm-status");
        String outcome = desk.text("#alarm-outcome");
        String steps = desk.text("#alarm-steps");
        page.useElderMode(true);
        AccessibilityScan elderMode = desk.scan();
        page.useElderMode(false);

        assertThat(status).isEqualTo("已办结");
        assertThat(outcome).isEqualTo("老人起身时滑倒，邻居已扶起，无外伤");
        assertThat(steps).contains("接警", "电话联系", "办结");
        assertThat(jdbc.sql("SELECT status FROM care_alarm WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("CLOSED");
        assertThat(deskScan.blockingViolations()).as(deskScan::report).isEmpty();
        assertThat(alarmScan.blockingViolations()).as(alarmScan::report).isEmpty();
        assertThat(elderMode.blockingViolations()).as(elderMode::report).isEmpty();
    }
}
