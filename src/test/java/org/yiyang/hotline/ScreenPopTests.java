package org.yiyang.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.IntegrationTest;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.EmergencyContacts;
import org.yiyang.elder.ContactDraft;
import org.yiyang.elder.ContactRelation;
import org.yiyang.hotline.internal.ConsoleStreams;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.identity.internal.ApiTokens;

@IntegrationTest
class ScreenPopTests {

    @Autowired MockMvc mvc;
    @Autowired AccountAdministration administration;
    @Autowired AccountDirectory accounts;
    @Autowired ApiTokens tokens;
    @Autowired ElderRegistry registry;
    @Autowired EmergencyContacts contacts;
    @Autowired ConsoleStreams streams;
    @Autowired JdbcClient jdbc;

    HotlineScenario scenario;
    HotlineScenario.Desk desk;
    MockHttpSession operator;

    @BeforeEach
    void desk() throws Exception {
        scenario = new HotlineScenario(mvc, administration, accounts, tokens, registry, jdbc);
        desk = scenario.desk(HotlineScenario.BANNER);
        operator = scenario.signIn(desk.operator());
    }

    @Test
    void aCallPopsOnTheOperatorsConsoleButNotOnAConsoleOfAnotherLeague() throws Exception {
        MockHttpServletResponse console = mvc.perform(get("/hotline/stream").session(operator))
                .andExpect(request().asyncStarted()).andReturn().getResponse();
        var other = scenario.desk(HotlineScenario.HULUNBUIR);
        MockHttpServletResponse otherConsole = mvc.perform(get("/hotline/stream").session(scenario.signIn(other.operator())))
                .andExpect(request().asyncStarted()).andReturn().getResponse();
        assertThat(streams.openConsoles(desk.viewer().accountId())).isOne();

        String key = HotlineScenario.callKey();
        scenario.postEvent(desk.token(), HotlineScenario.event("RINGING", key, HotlineScenario.uniquePhone(), null, Instant.now()));
        long callId = scenario.callId(key);
        assertThat(await(console, "\"callId\":" + callId)).as("queued call pops on the division's consoles").isTrue();
        assertThat(console.getContentAsString()).contains("event:call").contains("\"status\":\"RINGING\"");

        scenario.postEvent(desk.token(), HotlineScenario.event("ANSWERED", key, null, desk.operator(), Instant.now()));
        assertThat(await(console, "\"status\":\"ANSWERED\"")).isTrue();
        Thread.sleep(200);
        assertThat(otherConsole.getContentAsString()).doesNotContain("\"callId\":" + callId);
    }

    @Test
    void aKnownNumberPopsTheElderFileMaskedWithContacts() throws Exception {
        String phone = HotlineScenario.uniquePhone();
        long elder = scenario.elder(desk.viewer(), phone);
        contacts.add(desk.viewer(), elder, new ContactDraft("王女儿", ContactRelation.values()[0], "13800001111", 1, null));
        long call = scenario.answeredCall(desk, phone);

        mvc.perform(get("/hotline/calls/" + call).session(operator).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"caller-file\""),
                        containsString("data-elder=\"" + elder + "\""), containsString("王女儿"),
                        containsString("138****1111"), containsString(phone.substring(0, 3) + "****"),
                        not(containsString(phone)), not(containsString("13800001111")), not(containsString("<html")))));
    }

    @Test
    void anUnknownNumberOffersToRegisterTheCaller() throws Exception {
        long call = scenario.answeredCall(desk, HotlineScenario.uniquePhone());
        mvc.perform(get("/hotline/calls/" + call).session(operator))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html"), containsString("id=\"unknown-caller\""),
                        containsString("href=\"/elders/new\""), not(containsString("id=\"order-form\"")))));
    }

    @Test
    void aNumberOfSeveralEldersAsksWhoIsCallingThenPopsTheChosenFile() throws Exception {
        String phone = HotlineScenario.uniquePhone();
        long first = scenario.elder(desk.viewer(), phone);
        long second = scenario.elder(desk.viewer(), phone);
        long call = scenario.answeredCall(desk, phone);

        mvc.perform(get("/hotline/calls/" + call).session(operator))
                .andExpect(content().string(allOf(containsString("id=\"choose-elder\""),
                        containsString("value=\"" + first + "\""), containsString("value=\"" + second + "\""),
                        not(containsString("id=\"caller-file\"")))));
        mvc.perform(post("/hotline/calls/" + call + "/alarm").session(operator).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该号码对应多位老人，请先选择来电的是哪一位。")));
        mvc.perform(post("/hotline/calls/" + call + "/elder").session(operator).with(csrf()))
                .andExpect(content().string(containsString("请先选择来电的是哪一位")));

        mvc.perform(post("/hotline/calls/" + call + "/elder").param("elderId", String.valueOf(second))
                        .session(operator).with(csrf()))
                .andExpect(redirectedUrl("/hotline/calls/" + call));
        mvc.perform(get("/hotline/calls/" + call).session(operator))
                .andExpect(content().string(allOf(containsString("data-elder=\"" + second + "\""),
                        not(containsString("id=\"choose-elder\"")))));
    }

    @Test
    void aCallOfAnotherDivisionIsNotFoundAndTheConsoleListsTheDivisionsCalls() throws Exception {
        long call = scenario.answeredCall(desk, HotlineScenario.uniquePhone());
        var other = scenario.desk(HotlineScenario.HULUNBUIR);
        mvc.perform(get("/hotline/calls/" + call).session(scenario.signIn(other.operator())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/hotline").session(operator))
                .andExpect(content().string(allOf(containsString("id=\"hotline-console\""),
                        containsString("data-call=\"" + call + "\""), containsString("/js/hotline-console.js"))));
        mvc.perform(get("/hotline").session(operator).header("HX-Request", "true"))
                .andExpect(content().string(allOf(containsString("id=\"live-calls\""), not(containsString("<html")))));
    }

    private static boolean await(MockHttpServletResponse response, String text) throws Exception {
        for (int i = 0; i < 100; i++) {
            if (response.getContentAsString().contains(text)) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}
