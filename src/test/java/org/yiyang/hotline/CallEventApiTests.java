package org.yiyang.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.Role;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.identity.internal.ApiTokens;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CallEventApiTests {

    @Autowired MockMvc mvc;
    @Autowired AccountAdministration administration;
    @Autowired AccountDirectory accounts;
    @Autowired ApiTokens tokens;
    @Autowired ElderRegistry registry;
    @Autowired JdbcClient jdbc;

    HotlineScenario scenario;
    HotlineScenario.Desk desk;

    @BeforeEach
    void desk() {
        scenario = new HotlineScenario(mvc, administration, accounts, tokens, registry, jdbc);
        desk = scenario.desk(HotlineScenario.BANNER);
    }

    @Test
    void refusesAnEventWithoutATokenAndFromARoleThatIsNoDesk() throws Exception {
        String body = HotlineScenario.event("RINGING", HotlineScenario.callKey(), "13912345678", null, Instant.now());
        mvc.perform(post("/api/v1/hotline/call-events").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        String elder = TestAccounts.create(administration, Role.ELDER, HotlineScenario.BANNER);
        String elderToken = tokens.issue(TestAccounts.REGION_ADMIN, elder, "app", null).secret();
        scenario.postEvent(elderToken, body).andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[1,2]", "{\"callId\":\"a1\",\"at\":\"2026-11-26T08:00:00Z\"}",
            "{\"event\":\"DIALLING\",\"callId\":\"a1\",\"at\":\"2026-11-26T08:00:00Z\"}",
            "{\"event\":\"RINGING\",\"at\":\"2026-11-26T08:00:00Z\"}",
            "{\"event\":\"RINGING\",\"callId\":\"a b\",\"at\":\"2026-11-26T08:00:00Z\"}",
            "{\"event\":\"RINGING\",\"callId\":\"a1\",\"caller\":\"12\",\"at\":\"2026-11-26T08:00:00Z\"}",
            "{\"event\":\"RINGING\",\"callId\":\"a1\",\"at\":\"yesterday\"}",
            "{\"event\":\"RINGING\",\"callId\":\"a1\",\"caller\":{\"x\":1},\"at\":\"2026-11-26T08:00:00Z\"}"})
    void refusesAMalformedEventWithA400InTheCallersLanguageAndStoresNothing(String body) throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM hotline_call").query(Long.class).single();
        scenario.postEvent(desk.token(), body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value(org.hamcrest.Matchers.startsWith("hotline.event.")))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.matchesPattern("[A-Z].*\\.")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hotline_call").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void saysWhichFieldIsMissingInChinese() throws Exception {
        mvc.perform(post("/api/v1/hotline/call-events").header("Authorization", "Bearer " + desk.token())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"event\":\"RINGING\",\"callId\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("缺少字段 at。"))
                .andExpect(jsonPath("$.field").value("at"));
    }

    @Test
    void refusesAnOperatorOfAnotherDivisionAndNeverLogsTheCallersNumber(CapturedOutput output) throws Exception {
        String phone = HotlineScenario.uniquePhone();
        String stranger = TestAccounts.create(administration, Role.OPERATOR, HotlineScenario.HULUNBUIR);
        String key = HotlineScenario.callKey();
        scenario.postEvent(desk.token(), HotlineScenario.event("ANSWERED", key, phone, stranger, Instant.now()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("No such operator account on this hotline."));
        assertThat(scenario.calls(key)).isZero();
        scenario.postEvent(desk.token(), HotlineScenario.event("RINGING", key, phone, null, Instant.now()))
                .andExpect(status().isAccepted());
        assertThat(output.getAll()).doesNotContain(phone).doesNotContain(phone.substring(3));
        assertThat(jdbc.sql("SELECT caller_enc, caller_masked FROM hotline_call WHERE call_key = :k").param("k", key)
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2)).single())
                .doesNotContain(phone).contains(phone.substring(0, 3) + "****" + phone.substring(7));
    }

    @Test
    void aRepeatedEventIsAnswered200AndChangesNothing() throws Exception {
        String key = HotlineScenario.callKey();
        Instant at = Instant.parse("2026-11-26T01:00:00Z");
        String ringing = HotlineScenario.event("RINGING", key, "13912345678", null, at);
        scenario.postEvent(desk.token(), ringing).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("RINGING")).andExpect(jsonPath("$.applied").value(true));
        scenario.postEvent(desk.token(), ringing).andExpect(status().isOk()).andExpect(jsonPath("$.applied").value(false));
        scenario.postEvent(desk.token(), HotlineScenario.event("RINGING", key, "13912345678", null, at.plusSeconds(5)))
                .andExpect(status().isOk());
        assertThat(scenario.calls(key)).isOne();
        assertThat(row(key)).containsEntry("status", "RINGING");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hotline_call_event WHERE call_id = :c").param("c", scenario.callId(key))
                .query(Long.class).single()).isOne();
    }

    @Test
    void anEndedBeforeItsAnsweredLeavesTheCallEndedWithItsTalkTime() throws Exception {
        String key = HotlineScenario.callKey();
        Instant rang = Instant.parse("2026-11-26T02:00:00Z");
        scenario.postEvent(desk.token(), HotlineScenario.event("ENDED", key, "13912345678", desk.operator(), rang.plusSeconds(95)))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("ENDED"));
        scenario.postEvent(desk.token(), HotlineScenario.event("ANSWERED", key, "13912345678", desk.operator(), rang.plusSeconds(5)))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("ENDED"));
        scenario.postEvent(desk.token(), HotlineScenario.event("RINGING", key, "13912345678", null, rang))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("ENDED"));
        assertThat(scenario.calls(key)).isOne();
        assertThat(row(key)).containsEntry("status", "ENDED").containsEntry("operator_account_id", desk.viewer().accountId());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/hotline/calls")
                        .session(scenario.signIn(desk.operator())).header("HX-Request", "true"))
                .andExpect(content().string(containsString("1:30")));
    }

    @Test
    void aWithheldNumberIsAcceptedAsACallWithoutCaller() throws Exception {
        String key = HotlineScenario.callKey();
        scenario.postEvent(desk.token(), HotlineScenario.event("RINGING", key, "anonymous", null, Instant.now()))
                .andExpect(status().isAccepted());
        assertThat(row(key)).containsEntry("caller_enc", null);
    }

    private Map<String, Object> row(String key) {
        return jdbc.sql("SELECT status, operator_account_id, caller_enc FROM hotline_call WHERE call_key = :k")
                .param("k", key).query().singleRow();
    }
}
