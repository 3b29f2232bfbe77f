package org.yiyang.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.TestClock;
import org.yiyang.elder.HomeLocations;
import org.yiyang.identity.Role;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.identity.internal.ApiTokens;
import org.yiyang.identity.internal.PasswordChangeGate;
import org.yiyang.service.VisitScenario.Booked;

@IntegrationTest
class VisitPagesTests {

    @Autowired
    ServiceFixtures fixtures;

    /** A 1×1 PNG, as signature-pad.js would send a (very small) signature. */
    static final String SIGNATURE = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    @Autowired
    MockMvc mvc;

    @Autowired
    Visits visits;

    @Autowired
    OrderDesk desk;

    @Autowired
    AccountAdministration administration;

    @Autowired
    ApiTokens tokens;

    @Autowired
    HomeLocations homes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    VisitScenario scenario;

    @BeforeEach
    void scenario() {
        scenario = new VisitScenario(fixtures, desk, visits, homes, clock, jdbc);
    }

    @AfterEach
    void finish() {
        scenario.finish();
    }

    private MockHttpSession signIn(String username) throws Exception {
        String password = username.contains("-") ? TestAccounts.PASSWORD : "Yiyang@2026";
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", username)
                .param("password", password).with(csrf())).andReturn().getRequest().getSession();
        session.removeAttribute(PasswordChangeGate.REQUIRED);
        return session;
    }

    @Test
    void theCaregiverSeesTodaysVisitsAsCardsAndHtmxGetsOnlyTheCards() throws Exception {
        Booked visit = scenario.assignedAtHome();
        scenario.at(visit, Duration.ofHours(-3));
        MockHttpSession caregiver = signIn("caregiver");
        String elderName = desk.find(fixtures.providerAdmin(), visit.orderId()).orElseThrow().summary().elderName();

        mvc.perform(get("/visits").session(caregiver))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("今日上门")))
                .andExpect(content().string(containsString("id=\"visit-" + visit.orderId() + "\"")))
                .andExpect(content().string(containsString(elderName)))
                .andExpect(content().string(containsString("科尔沁镇幸福路 8 号")))
                .andExpect(content().string(containsString("出发")))
                .andExpect(content().string(containsString("data-visit-geo")))
                .andExpect(content().string(containsString("/js/visit-geo.js")));
        mvc.perform(get("/visits").session(caregiver).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("id=\"visit-cards\"")))
                .andExpect(content().string(containsString(elderName)));
        mvc.perform(get("/visits").session(signIn("provider"))).andExpect(status().isForbidden());
    }

    @Test
    void theCaregiverSetsOutChecksInAndChecksOutOnThePhone() throws Exception {
        Booked visit = scenario.assignedAtHome();
        scenario.at(visit, Duration.ofMinutes(-20));
        MockHttpSession caregiver = signIn("caregiver");

        mvc.perform(post("/visits/" + visit.orderId() + "/depart").session(caregiver).with(csrf()))
                .andExpect(redirectedUrl("/visits#visit-" + visit.orderId()));
        assertThat(scenario.status(visit.orderId())).isEqualTo("ON_THE_WAY");
        mvc.perform(post("/visits/" + visit.orderId() + "/check-in").session(caregiver).with(csrf())
                        .param("latitude", "46.0763").param("longitude", "121.9520").param("accuracy", "12"))
                .andExpect(redirectedUrl("/visits#visit-" + visit.orderId()));
        assertThat(scenario.status(visit.orderId())).isEqualTo("IN_SERVICE");

        scenario.at(visit, Duration.ofMinutes(55));
        mvc.perform(get("/visits/" + visit.orderId() + "/check-out").session(caregiver))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"BATH_OR_WASH\"")))
                .andExpect(content().string(containsString("data-signature-pad")));
        mvc.perform(post("/visits/" + visit.orderId() + "/check-out").session(caregiver).with(csrf())
                        .param("tasks", "BATH_OR_WASH").param("notes", "老人精神好").param("pin", "99999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("确认码不对")))
                .andExpect(content().string(containsString("老人精神好")))
                .andExpect(content().string(containsString("id=\"pin-error\"")));
        assertThat(scenario.status(visit.orderId())).isEqualTo("IN_SERVICE");
        mvc.perform(post("/visits/" + visit.orderId() + "/check-out").session(caregiver).with(csrf())
                        .param("tasks", "BATH_OR_WASH").param("tasks", "SAFETY_CHECK").param("notes", "老人精神好")
                        .param("signature", SIGNATURE).param("latitude", "46.0763").param("longitude", "121.9520"))
                .andExpect(redirectedUrl("/visits/" + visit.orderId() + "/record"));
        assertThat(scenario.status(visit.orderId())).isEqualTo("DONE");

        mvc.perform(get("/visits/" + visit.orderId() + "/record").session(caregiver))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("服务六要素")))
                .andExpect(content().string(containsString("签到处距老人家 0 米")))
                .andExpect(content().string(containsString("签名")))
                .andExpect(content().string(containsString("老人精神好")));
        mvc.perform(get("/visits/" + visit.orderId() + "/record")
                        .session(signIn(TestAccounts.create(administration, Role.FAMILY, ServiceFixtures.BANNER))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCheckInOnAnotherDayShowsTheReasonAndChangesNothing() throws Exception {
        Booked visit = scenario.assignedAtHome();
        scenario.at(visit, Duration.ofDays(-1));
        mvc.perform(post("/visits/" + visit.orderId() + "/check-in").session(signIn("caregiver")).with(csrf())
                        .param("latitude", "46.0763").param("longitude", "121.9520").param("accuracy", "12"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("只能在预约当天签到")));
        assertThat(scenario.status(visit.orderId())).isEqualTo("ASSIGNED");
        assertThat(scenario.visitRows(visit.orderId())).isZero();
    }

    @Test
    void theExceptionQueueLetsTheProviderExplainAndTheRegulatorReview() throws Exception {
        Booked visit = scenario.assignedAtHome();
        scenario.at(visit, Duration.ZERO);
        visits.checkIn(scenario.caregiver(), visit.orderId(), null);
        long id = visits.record(fixtures.providerAdmin(), visit.orderId()).orElseThrow().exceptions().get(0).id();
        MockHttpSession provider = signIn("provider");

        mvc.perform(get("/visit-exceptions").session(provider))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"exception-" + id + "\"")))
                .andExpect(content().string(containsString("/visit-exceptions/" + id + "/explain")));
        mvc.perform(get("/visit-exceptions").param("status", "OPEN").session(provider).header("HX-Request", "true"))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("id=\"exception-rows\"")));
        mvc.perform(post("/visit-exceptions/" + id + "/explain").session(provider).with(csrf())
                        .param("reasonCode", "OTHER").param("explanation", ""))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("时请写明说明")));
        mvc.perform(post("/visit-exceptions/" + id + "/explain").session(provider).with(csrf())
                        .param("reasonCode", "DEVICE_PROBLEM").param("explanation", "手机定位权限被关闭"))
                .andExpect(redirectedUrl("/visit-exceptions"));

        MockHttpSession regulator = signIn(TestAccounts.create(administration, Role.REGULATOR, "152200000000"));
        mvc.perform(get("/visit-exceptions").param("status", "EXPLAINED").session(regulator))
                .andExpect(content().string(containsString("手机定位权限被关闭")))
                .andExpect(content().string(containsString("/visit-exceptions/" + id + "/review")));
        MockHttpSession elsewhere = signIn(TestAccounts.create(administration, Role.REGULATOR, "150700000000"));
        mvc.perform(get("/visit-exceptions").session(elsewhere))
                .andExpect(content().string(not(containsString("id=\"exception-" + id + "\""))));
        mvc.perform(post("/visit-exceptions/" + id + "/review").session(elsewhere).with(csrf()).param("decision", "ACCEPT"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/visit-exceptions/" + id + "/review").session(regulator).with(csrf())
                        .param("decision", "REJECT").param("note", "请核实手机设置"))
                .andExpect(redirectedUrl("/visit-exceptions"));
        assertThat(jdbc.sql("SELECT review_status FROM service_visit_exception WHERE id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("REJECTED");
    }

    @Test
    void theJsonApiChecksInAndOutAndAnswersProblemsInTheCallersLanguage() throws Exception {
        Booked visit = scenario.assignedAtHome();
        scenario.at(visit, Duration.ofDays(-1));
        String token = "Bearer " + tokens.issue(TestAccounts.REGION_ADMIN, "caregiver", "visit app", 30).secret();

        mvc.perform(post("/api/v1/visits/" + visit.orderId() + "/check-in").header("Authorization", token)
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"latitude\":46.0763,\"longitude\":121.9520,\"accuracy\":9}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Check-in is only possible on the booked date"))
                .andExpect(jsonPath("$.code").value("visit.error.notToday"));
        scenario.at(visit, Duration.ofMinutes(3));
        mvc.perform(get("/api/v1/visits/today").header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.orderId == " + visit.orderId() + ")].toleranceMetres").value(300));
        mvc.perform(post("/api/v1/visits/" + visit.orderId() + "/check-in").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"latitude\":46.0763,\"longitude\":121.9520,\"accuracy\":9}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.distanceMetres").value(0))
                .andExpect(jsonPath("$.exceptions").isEmpty());
        mvc.perform(post("/api/v1/visits/" + visit.orderId() + "/check-out").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"tasks\":[\"BATH_OR_WASH\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("pin"));
        scenario.at(visit, Duration.ofMinutes(50));
        mvc.perform(post("/api/v1/visits/" + visit.orderId() + "/check-out").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"latitude\":46.0763,\"longitude\":121.9520,\"accuracy\":9,\"tasks\":[\"BATH_OR_WASH\"],"
                                + "\"pin\":\"" + visit.pin() + "\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/visits/" + visit.orderId()).header("Authorization", token))
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.confirmation").value("PIN"));
        mvc.perform(post("/api/v1/visits/" + visit.orderId() + "/check-in").header("Authorization", token))
                .andExpect(status().isConflict());
    }
}
