package org.yiyang.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.IntegrationTest;
import org.yiyang.TestClock;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.LivingSituation;
import org.yiyang.hotline.internal.CareCallList;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.identity.internal.ApiTokens;
import org.yiyang.shared.ChinaTime;

@IntegrationTest
class CareCallPagesTests {

    static final String VILLAGE = "152221100004";

    @Autowired MockMvc mvc;
    @Autowired AccountAdministration administration;
    @Autowired AccountDirectory accounts;
    @Autowired ApiTokens tokens;
    @Autowired ElderRegistry registry;
    @Autowired CareCallList lists;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    HotlineScenario scenario;
    HotlineScenario.Desk desk;
    MockHttpSession operator;
    long alone;
    long leftBehind;
    long withSpouse;

    @BeforeEach
    void eldersAndASchedule() throws Exception {
        scenario = new HotlineScenario(mvc, administration, accounts, tokens, registry, jdbc);
        desk = scenario.desk(HotlineScenario.BANNER);
        operator = scenario.signIn(desk.operator());
        alone = scenario.elder(desk.viewer(), HotlineScenario.uniquePhone(), VILLAGE, LivingSituation.ALONE, false);
        leftBehind = scenario.elder(desk.viewer(), HotlineScenario.uniquePhone(), VILLAGE, LivingSituation.WITH_SPOUSE, true);
        withSpouse = scenario.elder(desk.viewer(), HotlineScenario.uniquePhone(), VILLAGE, LivingSituation.WITH_SPOUSE, false);
        // Schedules of earlier tests would otherwise give these elders to their own operators.
        jdbc.sql("UPDATE hotline_care_schedule SET active = FALSE WHERE division_code = :v").param("v", VILLAGE).update();
        schedule("BOTH").andExpect(redirectedUrl("/hotline/schedules"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private org.springframework.test.web.servlet.ResultActions schedule(String target) throws Exception {
        return mvc.perform(post("/hotline/schedules").session(operator).with(csrf()).param("division", VILLAGE)
                .param("weekday", today().getDayOfWeek().name()).param("target", target)
                .param("operator", desk.operator()));
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }

    private long callsOf(long elder) {
        return jdbc.sql("SELECT COUNT(*) FROM hotline_care_call WHERE elder_id = :e").param("e", elder)
                .query(Long.class).single();
    }

    private long careCall(long elder) {
        return jdbc.sql("SELECT id FROM hotline_care_call WHERE elder_id = :e").param("e", elder).query(Long.class).single();
    }

    private Map<String, Object> state(long careCall) {
        return jdbc.sql("SELECT status, attempts, outcome FROM hotline_care_call WHERE id = :id").param("id", careCall)
                .query().singleRow();
    }

    private org.springframework.test.web.servlet.ResultActions outcome(long careCall, String outcome) throws Exception {
        return mvc.perform(post("/hotline/care/" + careCall + "/outcome").session(operator).with(csrf())
                .param("outcome", outcome).param("notes", "第 " + outcome));
    }

    @Test
    void generatingTheDaysListTwiceCallsEachElderLivingAloneOrLeftBehindOnce() throws Exception {
        schedule("ALONE").andExpect(redirectedUrl("/hotline/schedules"));
        mvc.perform(post("/hotline/care/generate").session(operator).with(csrf()))
                .andExpect(redirectedUrl("/hotline/care"));
        mvc.perform(post("/hotline/care/generate").session(operator).with(csrf()))
                .andExpect(flash().attribute("generated", 0));
        assertThat(lists.generateAll(today())).isZero();
        assertThat(callsOf(alone)).isOne();
        assertThat(callsOf(leftBehind)).isOne();
        assertThat(callsOf(withSpouse)).isZero();

        mvc.perform(get("/hotline/care").session(operator))
                .andExpect(content().string(allOf(containsString("<html"),
                        containsString("data-care=\"" + careCall(alone) + "\""),
                        containsString("data-care=\"" + careCall(leftBehind) + "\""))));
        mvc.perform(get("/hotline/care").session(operator).header("HX-Request", "true"))
                .andExpect(content().string(allOf(containsString("id=\"care-rows\""), not(containsString("<html")))));
    }

    @Test
    void anUnansweredCallIsRetriedAfterTheIntervalThenHandedToTheVillage() throws Exception {
        lists.generate(desk.viewer(), today());
        long call = careCall(alone);

        outcome(call, "NO_ANSWER").andExpect(flash().attribute("notice", "hotline.done.careRetry"));
        outcome(call, "NO_ANSWER").andExpect(status().isOk())
                .andExpect(content().string(containsString("还没到再次拨打的时间。")));
        assertThat(state(call)).containsEntry("status", "RETRY").containsEntry("attempts", 1);

        clock.shift(Duration.ofHours(2).plusMinutes(1));
        outcome(call, "NO_ANSWER").andExpect(flash().attribute("notice", "hotline.done.careRetry"));
        clock.shift(Duration.ofHours(2).plusMinutes(1));
        outcome(call, "NO_ANSWER").andExpect(flash().attribute("notice", "hotline.done.careEscalated"));
        assertThat(state(call)).containsEntry("status", "ESCALATED").containsEntry("attempts", 3);
        clock.shift(Duration.ofHours(3));
        outcome(call, "WELL").andExpect(content().string(containsString("这个关爱电话已经完成。")));
        assertThat(state(call)).containsEntry("attempts", 3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hotline_care_attempt WHERE care_call_id = :c").param("c", call)
                .query(Long.class).single()).isEqualTo(3L);

        long visit = jdbc.sql("SELECT id FROM hotline_visit_request WHERE care_call_id = :c").param("c", call)
                .query(Long.class).single();
        mvc.perform(get("/hotline/visits").session(operator))
                .andExpect(content().string(containsString("data-visit=\"" + visit + "\"")));
        var other = scenario.desk(HotlineScenario.HULUNBUIR);
        MockHttpSession stranger = scenario.signIn(other.operator());
        mvc.perform(get("/hotline/visits").session(stranger))
                .andExpect(content().string(not(containsString("data-visit=\"" + visit + "\""))));
        mvc.perform(post("/hotline/visits/" + visit + "/done").session(stranger).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/hotline/visits/" + visit + "/done").session(operator).with(csrf()))
                .andExpect(flash().attribute("notice", "hotline.done.visit"));
        mvc.perform(post("/hotline/visits/" + visit + "/done").session(operator).with(csrf()))
                .andExpect(flash().attribute("visitError", "这次探访已经记录过了。"));
    }

    @Test
    void anElderWhoNeedsHelpGetsACallPageToOrderOrRaiseAnAlarmAndAWellElderIsDone() throws Exception {
        lists.generate(desk.viewer(), today());
        long help = careCall(alone);
        outcome(help, "NEEDS_HELP").andExpect(redirectedUrlPattern("/hotline/calls/*"));
        long callId = jdbc.sql("SELECT call_id FROM hotline_care_call WHERE id = :id").param("id", help)
                .query(Long.class).single();
        mvc.perform(get("/hotline/calls/" + callId).session(operator))
                .andExpect(content().string(allOf(containsString("data-elder=\"" + alone + "\""),
                        containsString("id=\"order-form\""), containsString("id=\"alarm-form\""))));
        assertThat(state(help)).containsEntry("status", "DONE").containsEntry("outcome", "NEEDS_HELP");

        long well = careCall(leftBehind);
        mvc.perform(post("/hotline/care/" + well + "/outcome").session(operator).with(csrf()))
                .andExpect(content().string(containsString("请选择这次电话的结果。")));
        outcome(well, "WELL").andExpect(flash().attribute("notice", "hotline.done.careDone"));
        assertThat(state(well)).containsEntry("status", "DONE").containsEntry("attempts", 1);
        mvc.perform(get("/hotline/care").session(operator))
                .andExpect(content().string(allOf(containsString("id=\"care-finished\""),
                        not(containsString("data-care=\"" + well + "\" ")))));
    }

    @Test
    void aScheduleIsRefusedOutsideTheDivisionOrForAnUnknownOperatorAndAnotherDesksCallIsNotFound() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM hotline_care_schedule").query(Long.class).single();
        mvc.perform(post("/hotline/schedules").session(operator).with(csrf()).param("division", "150702001001")
                        .param("weekday", "MONDAY").param("target", "ALONE").param("operator", desk.operator()))
                .andExpect(content().string(allOf(containsString("这个区划不在您的辖区内。"), containsString("150702001001"))));
        mvc.perform(post("/hotline/schedules").session(operator).with(csrf()).param("division", "15222")
                        .param("weekday", "MONDAY").param("target", "ALONE").param("operator", desk.operator()))
                .andExpect(content().string(containsString("请填写 12 位区划代码。")));
        mvc.perform(post("/hotline/schedules").session(operator).with(csrf()).param("division", VILLAGE)
                        .param("weekday", "MONDAY").param("target", "ALONE").param("operator", "nobody-here"))
                .andExpect(content().string(containsString("找不到这个话务员账号，或者它不在您的辖区内。")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hotline_care_schedule").query(Long.class).single()).isEqualTo(before);

        lists.generate(desk.viewer(), today());
        var other = scenario.desk(HotlineScenario.HULUNBUIR);
        MockHttpSession stranger = scenario.signIn(other.operator());
        mvc.perform(post("/hotline/care/" + careCall(alone) + "/outcome").session(stranger).with(csrf())
                        .param("outcome", "WELL"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/hotline/care").session(stranger))
                .andExpect(content().string(not(containsString("data-care=\"" + careCall(alone) + "\""))));
        mvc.perform(get("/hotline/schedules").session(stranger))
                .andExpect(content().string(not(containsString(VILLAGE))));
        assertThat(state(careCall(alone))).containsEntry("status", "DUE");
    }
}
