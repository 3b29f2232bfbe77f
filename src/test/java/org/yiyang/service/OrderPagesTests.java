package org.yiyang.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.IntegrationTest;
import org.yiyang.TestClock;
import org.yiyang.TestAccounts;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.identity.internal.PasswordChangeGate;

@IntegrationTest
class OrderPagesTests {

    @Autowired
    ServiceFixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Autowired
    ServiceRecipients recipients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    OrderDesk desk;

    @Autowired
    AccountAdministration administration;

    @Autowired
    FamilyLinks links;

    MockHttpSession signIn(String username) throws Exception {
        String password = username.contains("-") ? TestAccounts.PASSWORD : "Yiyang@2026";
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", username)
                .param("password", password).with(csrf())).andReturn().getRequest().getSession();
        session.removeAttribute(PasswordChangeGate.REQUIRED);
        return session;
    }

    long demoElder() {
        return recipients.ownElderId(fixtures.viewer("elder")).orElseThrow();
    }

    @Test
    void theElderSeesServicesNearHomeWithTimesAndOrdersInThreeSteps() throws Exception {
        MockHttpSession elder = signIn("elder");
        Offering offering = fixtures.offering();
        String start = ServiceFixtures.tomorrowAt(clock, "14:00").toString();

        mvc.perform(get("/order").session(elder)).andExpect(status().isOk())
                .andExpect(content().string(containsString(offering.name())))
                .andExpect(content().string(containsString("/order/" + offering.id() + "/confirm?elder=" + demoElder())));
        String confirm = mvc.perform(get("/order/{id}/confirm", offering.id()).session(elder)
                        .param("elder", String.valueOf(demoElder())).param("start", start))
                .andExpect(status().isOk()).andExpect(content().string(containsString("price-split")))
                .andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("idempotencyKey");

        String key = UUID.randomUUID().toString();
        mvc.perform(post("/order").session(elder).with(csrf()).param("elderId", String.valueOf(demoElder()))
                        .param("offeringId", String.valueOf(offering.id())).param("start", start).param("quantity", "1")
                        .param("note", "请带洗浴椅").param("idempotencyKey", key))
                .andExpect(redirectedUrlPattern("/orders/*")).andExpect(flash().attribute("notice", "service.placed"));
        mvc.perform(post("/order").session(elder).with(csrf()).param("elderId", String.valueOf(demoElder()))
                        .param("offeringId", String.valueOf(offering.id())).param("start", start).param("quantity", "1")
                        .param("note", "请带洗浴椅").param("idempotencyKey", key))
                .andExpect(redirectedUrlPattern("/orders/*")).andExpect(flash().attribute("notice", "service.placedEarlier"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM service_order WHERE idempotency_key = :key").param("key", key)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRefusedOrderKeepsWhatWasTypedAndSaysWhy() throws Exception {
        var elder = fixtures.elderOnFile();
        MockHttpSession family = signIn(fixtures.linkedFamily(administration, links, elder));
        Offering offering = fixtures.offering();
        long before = fixtures.orderCount();

        mvc.perform(get("/order").session(family)).andExpect(status().isOk())
                .andExpect(content().string(containsString(offering.name())));
        mvc.perform(post("/order").session(family).with(csrf()).param("elderId", String.valueOf(elder.id()))
                        .param("offeringId", String.valueOf(offering.id()))
                        .param("start", ServiceFixtures.tomorrowAt(clock, "14:00").toString()).param("quantity", "12")
                        .param("note", "门口有狗，请先打电话").param("idempotencyKey", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("数量应为 1 到 10")))
                .andExpect(content().string(containsString("门口有狗，请先打电话")))
                .andExpect(content().string(containsString("value=\"12\"")));
        assertThat(fixtures.orderCount()).isEqualTo(before);
    }

    @Test
    void aFamilyMemberCannotOrderForAnElderTheyAreNotLinkedTo() throws Exception {
        MockHttpSession family = signIn("family");
        long stranger = fixtures.elder();
        mvc.perform(get("/order").session(family).param("elder", String.valueOf(stranger)))
                .andExpect(status().isNotFound());
        long before = fixtures.orderCount();
        mvc.perform(post("/order").session(family).with(csrf()).param("elderId", String.valueOf(stranger))
                        .param("offeringId", String.valueOf(fixtures.offering().id()))
                        .param("start", ServiceFixtures.tomorrowAt(clock, "14:00").toString()).param("quantity", "1")
                        .param("idempotencyKey", UUID.randomUUID().toString()))
                .andExpect(content().string(containsString("找不到这位老人")));
        assertThat(fixtures.orderCount()).isEqualTo(before);
    }

    @Test
    void theProviderAcceptsFromTheOrderPageAndTheBoardShowsTheOrderToAssign() throws Exception {
        var placed = new ServiceFlow(fixtures).placeByOperator(clock, "09:00");
        MockHttpSession provider = signIn("provider");

        mvc.perform(get("/orders/{id}", placed).session(provider)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"accept\"")))
                .andExpect(content().string(not(containsString("confirmation-pin"))));
        mvc.perform(post("/orders/{id}/accept", placed).session(provider).with(csrf()))
                .andExpect(flash().attribute("notice", "service.done.accepted"));
        mvc.perform(get("/dispatch").session(provider).param("date", ServiceFixtures.today(clock).plusDays(1).toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/orders/" + placed + "/assign")));
        mvc.perform(get("/dispatch").session(provider).header("HX-Request", "true"))
                .andExpect(content().string(containsString("id=\"dispatch-board\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void aRefusalOnTheOrderPageSaysWhyAndChangesNothing() throws Exception {
        var placed = new ServiceFlow(fixtures).placeByOperator(clock, "09:00");
        MockHttpSession provider = signIn("provider");
        mvc.perform(post("/orders/{id}/refuse", placed).session(provider).with(csrf()).param("reason", ""))
                .andExpect(flash().attributeExists("refusal"));
        assertThat(fixtures.status(placed)).isEqualTo("PLACED");
    }

    @Test
    void anOrderOfSomeoneElseIsNotFound() throws Exception {
        var placed = new ServiceFlow(fixtures).placeByOperator(clock, "09:00");
        mvc.perform(get("/orders/{id}", placed).session(signIn("family"))).andExpect(status().isNotFound());
        mvc.perform(get("/orders").session(signIn("family")).header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("data-order=\"" + placed + "\""))));
    }

    /** Orders placed outside the pages for page tests. */
    record ServiceFlow(ServiceFixtures fixtures) {
        long placeByOperator(java.time.Clock clock, String time) {
            return fixtures.desk().place(ServiceFixtures.BANNER_OPERATOR, new OrderRequest(fixtures.elder(),
                    fixtures.offering().id(), ServiceFixtures.tomorrowAt(clock, time), 1, null), ServiceFixtures.key()).orderId();
        }
    }
}
