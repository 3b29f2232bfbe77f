package org.yiyang.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.yiyang.TestClock;
import org.yiyang.notify.internal.LiveStreams;
import org.yiyang.service.Offering;
import org.yiyang.service.OrderRequest;

/**
 * The home-service order from end to end in headless Chromium, each person in a browser of their own: a family
 * member orders for their mother 宝音 (the demo elder) in elder mode, the demo centre accepts and dispatches,
 * the demo caregiver sets out, checks in and out at the door (geolocation emulated) with the PIN the family
 * saw, and the family rates the visit. The test clock reads a day of the flow's own, four weeks ahead, so
 * the booked day is "today" for the check-in whatever the real time, and the demo caregiver has no other visit.
 */
@Import({TestClock.Config.class, OrderFlowPeople.class})
class OrderFlowBrowserTests extends BrowserTest {

    private static final Pattern CHECK_IN_DISTANCE = Pattern.compile("签到处距老人家 (\\d+) 米");
    private static final Pattern TOO_FAR = Pattern.compile("签到位置离老人家 ([\\d,]+) 米，超过 300 米");

    @Autowired
    OrderFlowPeople people;

    @Autowired
    LiveStreams streams;

    private LocalDate day;

    @BeforeEach
    void setUp() {
        day = people.start();
    }

    @AfterEach
    void tearDown() {
        people.finish();
    }

    @Test
    void aFamilyMemberOrdersInElderModeTheCentreDispatchesTheCaregiverChecksInAndOutAndTheFamilyRatesTheVisit() {
        Offering offering = people.offering();
        OrderFlowPeople.Family family = people.requestingFamily();
        people.clockAt(day, "07:30");
        Map<String, AccessibilityScan> scans = new LinkedHashMap<>();

        // 宝音 confirms that the one asking is her daughter
        OrderFlowPage elder = browserOf("elder", ShellPage.DEMO_PASSWORD);
        elder.shell().open("/my/elder/requests");
        elder.follow("[data-link='" + family.linkId() + "'] form[action$='/confirm'] button");
        elder.awaitText("p.notice", "");

        // the daughter orders for her in elder mode: services near 宝音's home, a time, confirm
        OrderFlowPage daughter = firstBrowserOf(family);
        daughter.shell().useElderMode(true);
        daughter.follow("ul.cards a[href='/order']");
        daughter.awaitText("h1.page-title", "宝音");
        assertThat(daughter.text("#offerings")).contains("上门助浴");
        String offer = "li[data-offering='" + offering.id() + "'] ";
        assertThat(daughter.text(offer + ".time-buttons a.time")).endsWith("09:00");
        scans.put("/order (offerings with times)", daughter.scan());
        daughter.follow(offer + ".time-buttons a.time");
        assertThat(daughter.awaitText("#confirm-facts", offering.name())).contains("宝音");
        scans.put("confirm page", daughter.scan());
        daughter.follow("#confirm-form button[type=submit]");
        long orderId = Long.parseLong(daughter.shell().path().replace("/orders/", ""));
        people.track(orderId);
        assertThat(daughter.orderStatus()).isEqualTo("待接单");
        String pin = daughter.text("#confirmation-pin strong");
        assertThat(pin).matches("\\d{4}");
        scans.put("order page", daughter.scan());

        // the centre finds it on the dispatch board, accepts and sends the demo caregiver
        OrderFlowPage centre = browserOf("provider", ShellPage.DEMO_PASSWORD);
        centre.shell().open("/dispatch?date=" + day);
        centre.follow("#to-accept a[href='/orders/" + orderId + "']");
        centre.follow("#accept");
        assertThat(centre.orderStatus()).isEqualTo("已接单，待派工");
        new Select(driver().findElement(By.id("staffId"))).selectByValue(String.valueOf(people.caregiverStaffId()));
        centre.follow("#assign-form button[type=submit]");
        assertThat(centre.orderStatus()).isEqualTo("已派工");
        assertThat(centre.text("#order-facts")).contains(people.caregiverName());

        // the caregiver's phone, in elder mode, at the door a few metres from 宝音's home
        people.clockAt(day, "09:02");
        OrderFlowPage caregiver = browserOf("caregiver", ShellPage.DEMO_PASSWORD);
        caregiver.placePhoneAt(OrderFlowPeople.north(people.home(), 4), 8);
        caregiver.shell().useElderMode(true);
        caregiver.shell().open("/visits");
        String card = "#visit-" + orderId;
        caregiver.follow(card + " form[action$='/depart'] button");
        caregiver.awaitText(card + " .visit-facts", "护理员已出发");
        scans.put("/visits", caregiver.scan());
        caregiver.follow(card + " form[action$='/check-in'] button");
        caregiver.awaitText("p.notice", "已签到，开始服务。");
        caregiver.awaitText(card + " .visit-facts", "服务中");
        people.clockAt(day, "09:55");
        caregiver.follow(card + " a[href$='/check-out']");
        caregiver.click("label[for='task-0']");
        caregiver.type("#pin", pin);
        scans.put("check-out form", caregiver.scan());
        caregiver.follow("#check-out-form button[type=submit]");
        caregiver.awaitText("p.notice", "已签退，服务完成。");
        String facts = caregiver.text("#visit-facts");
        boolean exceptionsListed = caregiver.present("#visit-exceptions");
        caregiver.shell().useElderMode(false);

        // the daughter, in elder mode as she left it, rates the visit
        OrderFlowPage again = browserOf(family.username(), family.password());
        again.shell().open("/orders/" + orderId);
        assertThat(again.shell().elderMode()).as("elder mode kept with the account").isTrue();
        assertThat(again.orderStatus()).isEqualTo("已完成");
        again.follow("a[href='/orders/" + orderId + "/review']");
        scans.put("review form", again.scan());
        again.click("label[for='stars-5']");
        again.click("label.check:has(input[value='ON_TIME'])");
        again.follow("#review-form button[type=submit]");
        again.awaitText("p.notice", "谢谢您的评价。");

        assertThat(again.orderStatus()).isEqualTo("已评价");
        assertThat(people.status(orderId)).isEqualTo("REVIEWED");
        assertThat(people.reviewOf(orderId)).isEqualTo("5 ON_TIME");
        Matcher distance = CHECK_IN_DISTANCE.matcher(facts);
        assertThat(distance.find()).as("check-in distance in %s", facts).isTrue();
        assertThat(Integer.parseInt(distance.group(1))).isBetween(1, 10);
        assertThat(exceptionsListed).as("exceptions on the visit record").isFalse();
        assertThat(people.exceptionKinds(orderId)).isEmpty();
        SoftAssertions accessible = new SoftAssertions();
        scans.forEach((name, scan) -> {
            accessible.assertThat(scan.rulesPassed()).as("rules axe-core checked on the " + name).isPositive();
            accessible.assertThat(scan.blockingViolations()).as(name + ": " + scan.report()).isEmpty();
        });
        accessible.assertAll();
    }

    @Test
    void theFamilysOpenOrderPageShowsTheAcceptanceWithoutReloading() {
        Offering offering = people.offering();
        people.clockAt(day, "07:30");
        OrderFlowPeople.Family family = people.linkedFamily();
        long orderId = people.placeAsFamily(family, new OrderRequest(people.baoyin(), offering.id(), day.atTime(16, 0),
                1, null));
        OrderFlowPage daughter = firstBrowserOf(family);
        daughter.shell().open("/orders/" + orderId);
        assertThat(daughter.orderStatus()).isEqualTo("待接单");
        daughter.shell().script("window.yyStillTheSamePage = true;");
        daughter.shell().await("the page's live stream", d -> streams.openStreams(family.accountId()) > 0 ? true : null);

        try (ChromiumBrowser other = ChromiumBrowser.start()) {
            OrderFlowPage centre = new OrderFlowPage(other, baseUrl());
            centre.signIn("provider", ShellPage.DEMO_PASSWORD);
            centre.shell().open("/orders/" + orderId);
            centre.follow("#accept");
            centre.awaitText("#order-panel .status-line", "已接单");
        }

        daughter.awaitText("#order-panel .status-line", "已接单，待派工");
        assertThat(daughter.shell().script("return window.yyStillTheSamePage === true;")).isEqualTo(true);
        assertThat(daughter.text("#order-timeline")).contains("已接单");
    }

    @Test
    void aCheckInAKilometreFromHomeIsRecordedAndTheCentreSeesTheException() {
        long orderId = people.assignedVisit(people.offering(), day, "14:00");
        people.clockAt(day, "14:03");

        OrderFlowPage caregiver = browserOf("caregiver", ShellPage.DEMO_PASSWORD);
        caregiver.placePhoneAt(OrderFlowPeople.north(people.home(), 1000), 12);
        caregiver.shell().open("/visits");
        String card = "#visit-" + orderId;
        caregiver.follow(card + " form[action$='/check-in'] button");
        caregiver.awaitText("p.notice", "已签到。这次签到有异常，机构需要说明。");
        caregiver.awaitText(card + " .visit-facts", "服务中");
        long exception = people.exceptionId(orderId, "CHECK_IN_TOO_FAR");

        OrderFlowPage centre = browserOf("provider", ShellPage.DEMO_PASSWORD);
        centre.shell().open("/visit-exceptions?status=OPEN");
        String shown = centre.awaitText("#exception-" + exception, "签到位置离老人家");

        Matcher far = TOO_FAR.matcher(shown);
        assertThat(far.find()).as("the exception as the centre sees it: %s", shown).isTrue();
        assertThat(Integer.parseInt(far.group(1).replace(",", ""))).isBetween(990, 1010); // shown as 1,000
        assertThat(shown).contains("宝音").contains(people.caregiverName());
        assertThat(people.status(orderId)).isEqualTo("IN_SERVICE");
        assertThat(people.exceptionKinds(orderId)).containsExactly("CHECK_IN_TOO_FAR");
    }

    /** A browser of its own for a person, signed in. */
    private OrderFlowPage browserOf(String username, String password) {
        openFreshBrowser();
        OrderFlowPage person = new OrderFlowPage(browser, baseUrl());
        person.signIn(username, password);
        return person;
    }

    private OrderFlowPage firstBrowserOf(OrderFlowPeople.Family family) {
        openFreshBrowser();
        OrderFlowPage person = new OrderFlowPage(browser, baseUrl());
        person.firstSignIn(family.username(), family.password());
        return person;
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
