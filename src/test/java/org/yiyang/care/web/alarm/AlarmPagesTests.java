package org.yiyang.care.web.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalTime;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.TestClock;
import org.yiyang.care.AlarmScenario;
import org.yiyang.care.Alarms;
import org.yiyang.care.internal.alarm.DeskStreams;
import org.yiyang.identity.Role;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.identity.internal.PasswordChangeGate;
import org.yiyang.service.Offering;
import org.yiyang.service.ServiceFixtures;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.ServiceItem;

/** The desk console and the alarm page through the real security chain, and the console's event stream. */
@IntegrationTest
class AlarmPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Alarms alarms;
    @Autowired ServiceFixtures fixtures;
    @Autowired AccountAdministration administration;
    @Autowired DeskStreams streams;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    private MockHttpSession signedIn(Role role, String division) throws Exception {
        String username = TestAccounts.create(administration, role, division);
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", username)
                .param("password", TestAccounts.PASSWORD).with(csrf())).andReturn().getRequest().getSession();
        session.removeAttribute(PasswordChangeGate.REQUIRED);
        return session;
    }

    private long raised() {
        return alarms.raise(AlarmScenario.fall(fixtures.elder()), "hotline").id();
    }

    @Test
    void theDeskListsTheDivisionsOpenAlarmsAndAnHtmxRequestGetsOnlyTheRows() throws Exception {
        long id = raised();
        MockHttpSession operator = signedIn(Role.OPERATOR, AlarmScenario.BANNER);

        mvc.perform(get("/care/alarms").session(operator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-alarm=\"" + id + "\"")))
                .andExpect(content().string(containsString("aria-live=\"assertive\"")))
                .andExpect(content().string(containsString("/js/alarm-desk.js")));
        mvc.perform(get("/care/alarms").session(operator).header("HX-Request", "true"))
                .andExpect(content().string(containsString("id=\"alarm-rows\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void anOperatorOfAnotherBannerNeitherSeesNorOpensTheAlarmAndACaregiverHasNoDesk() throws Exception {
        long id = raised();
        MockHttpSession other = signedIn(Role.OPERATOR, "150702000000");

        mvc.perform(get("/care/alarms").session(other))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-alarm=\"" + id + "\""))));
        mvc.perform(get("/care/alarms/" + id).session(other)).andExpect(status().isNotFound());
        mvc.perform(post("/care/alarms/" + id + "/acknowledge").session(other).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/care/alarms").session(signedIn(Role.CAREGIVER, AlarmScenario.BANNER)))
                .andExpect(status().isForbidden());
        assertThat(new AlarmScenario(jdbc).status(id)).isEqualTo("OPEN");
    }

    @Test
    void theOperatorAcknowledgesAndClosesButAnEmptyOutcomeIsRefusedWithAMessage() throws Exception {
        long id = raised();
        MockHttpSession operator = signedIn(Role.OPERATOR, AlarmScenario.BANNER);

        mvc.perform(post("/care/alarms/" + id + "/acknowledge").session(operator).with(csrf()))
                .andExpect(redirectedUrl("/care/alarms/" + id));
        mvc.perform(post("/care/alarms/" + id + "/close").session(operator).with(csrf()).param("outcome", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("办结必须填写处理结果")));
        assertThat(new AlarmScenario(jdbc).status(id)).isEqualTo("ACKNOWLEDGED");
        mvc.perform(post("/care/alarms/" + id + "/close").session(operator).with(csrf()).param("outcome", "老人平安"))
                .andExpect(redirectedUrl("/care/alarms/" + id));
        mvc.perform(post("/care/alarms/" + id + "/close").session(operator).with(csrf()).param("outcome", "again")
                        .cookie(new Cookie("yy_lang", "en")))
                .andExpect(content().string(containsString("already closed")));
        mvc.perform(get("/care/alarms/" + id).session(operator))
                .andExpect(content().string(containsString("老人平安")))
                .andExpect(content().string(containsString("id=\"alarm-time-to-close\"")))
                .andExpect(content().string(not(containsString("id=\"close-form\""))));
    }

    @Test
    void theOperatorSendsACaregiverByUrgentOrderAndARefusalKeepsWhatWasTyped() throws Exception {
        clock.setTo(ChinaTime.today(clock).atTime(LocalTime.of(3, 0)).atZone(ChinaTime.ZONE).toInstant());
        Offering help = fixtures.offering(ServiceItem.EMERGENCY_HELP, "50", 1);
        long id = raised();
        MockHttpSession operator = signedIn(Role.OPERATOR, AlarmScenario.BANNER);
        mvc.perform(post("/care/alarms/" + id + "/acknowledge").session(operator).with(csrf()));
        mvc.perform(get("/care/alarms/" + id).session(operator))
                .andExpect(content().string(containsString("id=\"dispatch-offering\"")))
                .andExpect(content().string(containsString("value=\"" + help.id() + "\"")));
        long orders = fixtures.orderCount();

        mvc.perform(post("/care/alarms/" + id + "/dispatch").session(operator).with(csrf()).param("method", "CAREGIVER")
                        .param("offeringId", String.valueOf(help.id())).param("note", "卧室摔倒，门口有钥匙")
                        .param("key", "alarm-form-key-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("现在不在营业时间")))
                .andExpect(content().string(containsString("卧室摔倒，门口有钥匙")))
                .andExpect(content().string(containsString("value=\"alarm-form-key-1\"")));
        assertThat(fixtures.orderCount()).isEqualTo(orders);

        clock.setTo(ChinaTime.today(clock).atTime(LocalTime.of(10, 0)).atZone(ChinaTime.ZONE).toInstant());
        mvc.perform(post("/care/alarms/" + id + "/dispatch").session(operator).with(csrf()).param("method", "CAREGIVER")
                        .param("offeringId", String.valueOf(help.id())).param("note", "卧室摔倒，门口有钥匙")
                        .param("key", "alarm-form-key-1"))
                .andExpect(redirectedUrl("/care/alarms/" + id));
        assertThat(fixtures.orderCount()).isEqualTo(orders + 1);
        assertThat(new AlarmScenario(jdbc).status(id)).isEqualTo("DISPATCHED");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aRegulatorReadsTheAlarmPageWithoutActions() throws Exception {
        long id = raised();
        MockHttpSession regulator = signedIn(Role.REGULATOR, AlarmScenario.BANNER);

        mvc.perform(get("/care/alarms/" + id).session(regulator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"alarm-steps\"")))
                .andExpect(content().string(not(containsString("id=\"alarm-acknowledge\""))));
        mvc.perform(post("/care/alarms/" + id + "/acknowledge").session(regulator).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theConsoleStreamDeliversANewAlarmOfItsDivision() throws Exception {
        MockHttpSession operator = signedIn(Role.OPERATOR, AlarmScenario.BANNER);
        int before = streams.listening(DivisionCode.of("152221100001"));
        var result = mvc.perform(get("/care/alarms/stream").session(operator))
                .andExpect(request().asyncStarted()).andReturn();
        assertThat(streams.listening(DivisionCode.of("152221100001"))).isEqualTo(before + 1);

        long id = raised();

        MockHttpServletResponse response = result.getResponse();
        AlarmScenario.await(() -> body(response).contains("\"id\":" + id + ","));
        String stream = body(response);
        assertThat(stream).contains("event:alarm\n").contains("id:" + id + "\n")
                .contains("\"kind\":\"FALL\"").contains("\"priority\":\"CRITICAL\"")
                .contains("\"link\":\"/care/alarms/" + id + "\"").contains("新报警：跌倒（紧急）#" + id);
    }

    @Test
    void theStreamOfAnotherBannerIsNotToldAboutTheAlarm() throws Exception {
        MockHttpSession other = signedIn(Role.OPERATOR, "150702000000");
        var result = mvc.perform(get("/care/alarms/stream").session(other))
                .andExpect(request().asyncStarted()).andReturn();
        MockHttpSession operator = signedIn(Role.OPERATOR, AlarmScenario.BANNER);
        var banner = mvc.perform(get("/care/alarms/stream").session(operator))
                .andExpect(request().asyncStarted()).andReturn();

        long id = raised();
        AlarmScenario.await(() -> body(banner.getResponse()).contains("\"id\":" + id + ","));

        assertThat(body(banner.getResponse())).contains("\"id\":" + id + ",");
        assertThat(body(result.getResponse())).doesNotContain("\"id\":" + id + ",");
    }

    private static String body(MockHttpServletResponse response) {
        try {
            return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
