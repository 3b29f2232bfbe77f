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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.TestClock;
import org.yiyang.care.AlarmKind;
import org.yiyang.care.Alarms;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.Role;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.identity.internal.ApiTokens;
import org.yiyang.service.ServiceFixtures;

@IntegrationTest
class CallActionPagesTests {

    @Autowired MockMvc mvc;
    @Autowired AccountAdministration administration;
    @Autowired AccountDirectory accounts;
    @Autowired ApiTokens tokens;
    @Autowired ElderRegistry registry;
    @Autowired ServiceFixtures fixtures;
    @Autowired Alarms alarms;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    HotlineScenario scenario;
    HotlineScenario.Desk desk;
    MockHttpSession operator;
    long elder;
    long call;

    @BeforeEach
    void aCallFromAKnownElder() throws Exception {
        scenario = new HotlineScenario(mvc, administration, accounts, tokens, registry, jdbc);
        desk = scenario.desk(HotlineScenario.BANNER);
        operator = scenario.signIn(desk.operator());
        String phone = HotlineScenario.uniquePhone();
        elder = scenario.elder(desk.viewer(), phone);
        call = scenario.answeredCall(desk, phone);
    }

    private String tomorrowNine() {
        return ServiceFixtures.tomorrowAt(clock, "09:00").toString();
    }

    private long offering;

    private long placeOrder(String key) throws Exception {
        if (offering == 0) {
            offering = fixtures.offering().id();
        }
        mvc.perform(post("/hotline/calls/" + call + "/order").session(operator).with(csrf())
                        .param("offeringId", String.valueOf(offering)).param("start", tomorrowNine())
                        .param("quantity", "1").param("note", "电话代下单").param("key", key))
                .andExpect(redirectedUrl("/hotline/calls/" + call))
                .andExpect(flash().attribute("notice", "hotline.done.order"));
        return jdbc.sql("SELECT MAX(id) FROM service_order WHERE elder_id = :e").param("e", elder).query(Long.class).single();
    }

    private long ordersOfElder() {
        return jdbc.sql("SELECT COUNT(*) FROM service_order WHERE elder_id = :e").param("e", elder).query(Long.class).single();
    }

    private long actions(String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM hotline_call_action WHERE call_id = :c AND kind = :k")
                .param("c", call).param("k", kind).query(Long.class).single();
    }

    @Test
    void theOperatorPlacesAnOrderForTheCallerOnceEvenWhenTheFormIsSentTwice() throws Exception {
        mvc.perform(get("/hotline/calls/" + call).session(operator))
                .andExpect(content().string(allOf(containsString("id=\"order-form\""), containsString("id=\"alarm-form\""),
                        containsString("id=\"complaint-form\""), containsString("id=\"ticket-form\""))));
        mvc.perform(post("/hotline/calls/" + call + "/order").session(operator).with(csrf())
                        .param("start", tomorrowNine()).param("note", "留着我写的").param("key", "k-" + call))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("请选择服务。"), containsString("留着我写的"))));
        mvc.perform(post("/hotline/calls/" + call + "/order").session(operator).with(csrf())
                        .param("offeringId", String.valueOf(fixtures.offering().id())).param("start", "明天")
                        .param("key", "k-" + call))
                .andExpect(content().string(containsString("请填写上门的日期和时间。")));
        assertThat(ordersOfElder()).isZero();

        String key = "hotline-test-" + call;
        long order = placeOrder(key);
        placeOrder(key);
        assertThat(ordersOfElder()).isOne();
        assertThat(fixtures.status(order)).isNotBlank();
        assertThat(jdbc.sql("SELECT channel FROM service_order WHERE id = :id").param("id", order)
                .query(String.class).single()).isEqualTo("HOTLINE");
        assertThat(actions("ORDER")).isOne();
        mvc.perform(get("/hotline/calls/" + call).session(operator))
                .andExpect(content().string(allOf(containsString("data-kind=\"ORDER\""),
                        containsString("data-order=\"" + order + "\""))));
    }

    @Test
    void anAlarmFromTheCallIsRaisedOnceForTheCallsElder() throws Exception {
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/hotline/calls/" + call + "/alarm").session(operator).with(csrf()))
                    .andExpect(redirectedUrl("/hotline/calls/" + call));
        }
        var raised = alarms.recentFor(elder, 10);
        assertThat(raised).hasSize(1);
        assertThat(raised.get(0).kind()).isEqualTo(AlarmKind.CALL);
        assertThat(actions("ALARM")).isOne();
        mvc.perform(get("/hotline/calls/" + call).session(operator))
                .andExpect(content().string(containsString("data-alarm=\"" + raised.get(0).id() + "\"")));
    }

    @Test
    void aComplaintIsFiledAboutAnOrderOfTheCallersElderOnly() throws Exception {
        long order = placeOrder("hotline-c-" + call);
        long otherOrder = fixtures.desk().place(ServiceFixtures.BANNER_OPERATOR, new org.yiyang.service.OrderRequest(
                fixtures.elder(), fixtures.offering().id(), ServiceFixtures.tomorrowAt(clock, "14:00"), 1, null),
                ServiceFixtures.key()).orderId();

        mvc.perform(post("/hotline/calls/" + call + "/complaint").session(operator).with(csrf())
                        .param("orderId", String.valueOf(otherOrder)).param("text", "别人的订单"))
                .andExpect(content().string(allOf(containsString("这张订单不是来电老人的。"), containsString("别人的订单"))));
        mvc.perform(post("/hotline/calls/" + call + "/complaint").session(operator).with(csrf()).param("text", "没来"))
                .andExpect(content().string(containsString("请选择要投诉的订单。")));
        assertThat(complaints(order) + complaints(otherOrder)).isZero();

        mvc.perform(post("/hotline/calls/" + call + "/complaint").session(operator).with(csrf())
                        .param("orderId", String.valueOf(order)).param("text", "护理员迟到一小时"))
                .andExpect(redirectedUrl("/hotline/calls/" + call));
        assertThat(complaints(order)).isOne();
        assertThat(jdbc.sql("SELECT source FROM service_complaint WHERE order_id = :o").param("o", order)
                .query(String.class).single()).isEqualTo("HOTLINE");
        assertThat(actions("COMPLAINT")).isOne();
    }

    private long complaints(long order) {
        return jdbc.sql("SELECT COUNT(*) FROM service_complaint WHERE order_id = :o").param("o", order)
                .query(Long.class).single();
    }

    @Test
    void aConsultationTicketNeedsATopicAndAQuestionAndIsAnsweredWhenTheAnswerIsGiven() throws Exception {
        mvc.perform(post("/hotline/calls/" + call + "/ticket").session(operator).with(csrf()).param("question", "高龄津贴怎么领"))
                .andExpect(content().string(allOf(containsString("请选择咨询类别。"), containsString("高龄津贴怎么领"))));
        mvc.perform(post("/hotline/calls/" + call + "/ticket").session(operator).with(csrf()).param("topic", "POLICY")
                        .param("question", " "))
                .andExpect(content().string(containsString("请填写内容。")));
        assertThat(actions("TICKET")).isZero();

        mvc.perform(post("/hotline/calls/" + call + "/ticket").session(operator).with(csrf()).param("topic", "BENEFIT")
                        .param("question", "高龄津贴怎么领").param("answer", "满 80 周岁自动发放"))
                .andExpect(redirectedUrl("/hotline/calls/" + call));
        assertThat(jdbc.sql("SELECT status FROM hotline_ticket WHERE call_id = :c").param("c", call)
                .query(String.class).single()).isEqualTo("ANSWERED");
        assertThat(actions("TICKET")).isOne();
    }

    @Test
    void anOpenTicketIsAnsweredLaterOnceAndOnlyInTheDivision() throws Exception {
        mvc.perform(post("/hotline/calls/" + call + "/ticket").session(operator).with(csrf()).param("topic", "POLICY")
                        .param("question", "家庭养老床位怎么申请"))
                .andExpect(redirectedUrl("/hotline/calls/" + call));
        long ticket = jdbc.sql("SELECT id FROM hotline_ticket WHERE call_id = :c").param("c", call).query(Long.class).single();
        mvc.perform(get("/hotline/tickets").session(operator))
                .andExpect(content().string(allOf(containsString("data-ticket=\"" + ticket + "\""),
                        containsString("家庭养老床位怎么申请"), containsString("action=\"/hotline/tickets/" + ticket + "/answer\""))));
        mvc.perform(post("/hotline/tickets/" + ticket + "/answer").session(operator).with(csrf()).param("answer", " "))
                .andExpect(redirectedUrl("/hotline/tickets"));
        mvc.perform(get("/hotline/tickets").session(operator))
                .andExpect(content().string(containsString("请填写内容。")));
        var other = scenario.desk(HotlineScenario.HULUNBUIR);
        MockHttpSession stranger = scenario.signIn(other.operator());
        mvc.perform(get("/hotline/tickets").session(stranger))
                .andExpect(content().string(not(containsString("data-ticket=\"" + ticket + "\""))));
        mvc.perform(post("/hotline/tickets/" + ticket + "/answer").session(stranger).with(csrf()).param("answer", "不归我"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/hotline/tickets/" + ticket + "/answer").session(operator).with(csrf()).param("answer", "向苏木民政办申请"))
                .andExpect(flash().attribute("notice", "hotline.done.ticketAnswered"));
        mvc.perform(get("/hotline/tickets").session(operator)).andExpect(content().string(containsString("工单已答复。")));
        mvc.perform(post("/hotline/tickets/" + ticket + "/answer").session(operator).with(csrf()).param("answer", "再答一次"))
                .andExpect(redirectedUrl("/hotline/tickets"));
        mvc.perform(get("/hotline/tickets").param("open", "false").session(operator))
                .andExpect(content().string(allOf(containsString("这张工单已经答复过了。"), containsString("向苏木民政办申请"))));
        assertThat(jdbc.sql("SELECT answer FROM hotline_ticket WHERE id = :t").param("t", ticket).query(String.class).single())
                .isEqualTo("向苏木民政办申请");
    }

    @Test
    void aCallIsClosedOnceWithItsOutcomeAndTheLogShowsItOnlyInTheDivision() throws Exception {
        String ringingKey = HotlineScenario.callKey();
        scenario.postEvent(desk.token(), HotlineScenario.event("RINGING", ringingKey, HotlineScenario.uniquePhone(), null,
                Instant.now()));
        long ringing = scenario.callId(ringingKey);
        mvc.perform(post("/hotline/calls/" + ringing + "/wrap-up").session(operator).with(csrf())
                        .param("outcome", "RESOLVED"))
                .andExpect(content().string(containsString("通话还没有接通，不能填写小结。")));

        mvc.perform(post("/hotline/calls/" + call + "/wrap-up").session(operator).with(csrf()).param("notes", "问补贴"))
                .andExpect(content().string(allOf(containsString("请选择通话结果。"), containsString("问补贴"))));
        mvc.perform(post("/hotline/calls/" + call + "/wrap-up").session(operator).with(csrf())
                        .param("outcome", "RESOLVED").param("notes", "已解答补贴问题"))
                .andExpect(redirectedUrl("/hotline/calls/" + call));
        mvc.perform(post("/hotline/calls/" + call + "/wrap-up").session(operator).with(csrf())
                        .param("outcome", "FOLLOW_UP").param("notes", "再改"))
                .andExpect(content().string(containsString("这通电话已经填写过小结。")));
        assertThat(jdbc.sql("SELECT outcome || ':' || notes FROM hotline_call WHERE id = :c").param("c", call)
                .query(String.class).single()).isEqualTo("RESOLVED:已解答补贴问题");

        mvc.perform(get("/hotline/calls").param("mine", "true").session(operator))
                .andExpect(content().string(allOf(containsString("<html"), containsString("data-call=\"" + call + "\""),
                        containsString("已解答补贴问题"), not(containsString("data-call=\"" + ringing + "\"")))));
        String regulator = TestAccounts.create(administration, Role.REGULATOR, HotlineScenario.BANNER);
        mvc.perform(get("/hotline/calls").session(scenario.signIn(regulator)).header("HX-Request", "true"))
                .andExpect(content().string(allOf(containsString("id=\"call-rows\""), containsString("data-call=\"" + call + "\""),
                        not(containsString("<html")))));
        var other = scenario.desk(HotlineScenario.HULUNBUIR);
        mvc.perform(get("/hotline/calls").session(scenario.signIn(other.operator())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-call=\"" + call + "\""))));
        mvc.perform(post("/hotline/calls/" + call + "/alarm").session(scenario.signIn(other.operator())).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(alarms.recentFor(elder, 5)).isEmpty();
    }
}
