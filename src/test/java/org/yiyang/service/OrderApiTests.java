package org.yiyang.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.TestClock;
import org.yiyang.identity.Role;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.identity.internal.ApiTokens;

@IntegrationTest
class OrderApiTests {

    @Autowired
    ServiceFixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountAdministration administration;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    String operatorToken;

    @BeforeEach
    void fixtures() {
        String operator = TestAccounts.create(administration, Role.OPERATOR, ServiceFixtures.BANNER);
        operatorToken = "Bearer " + tokens.issue(TestAccounts.REGION_ADMIN, operator, "hotline", null).secret();
    }

    private String body(long elder, long offering, String start) {
        return """
                {"elderId": %d, "offeringId": %d, "start": "%s", "quantity": 1, "note": "电话下单"}"""
                .formatted(elder, offering, start);
    }

    @Test
    void anOrderPlacedTwiceWithOneKeyIsCreatedOnceAndThenFollowed() throws Exception {
        long elder = fixtures.elder();
        Offering offering = fixtures.offering();
        String body = body(elder, offering.id(), ServiceFixtures.tomorrowAt(clock, "09:00").toString());
        String key = ServiceFixtures.key();

        String created = mvc.perform(post("/api/v1/orders").header("Authorization", operatorToken)
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(header().string("Location", containsString("/api/v1/orders/")))
                .andExpect(jsonPath("$.created").value(true))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"orderId\":(\\d+).*", "$1"));
        mvc.perform(post("/api/v1/orders").header("Authorization", operatorToken)
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.orderId").value(id))
                .andExpect(jsonPath("$.created").value(false));

        mvc.perform(get("/api/v1/orders/{id}", id).header("Authorization", operatorToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$.summary.status").value("PLACED"))
                .andExpect(jsonPath("$.summary.channel").value("HOTLINE"))
                .andExpect(jsonPath("$.payment.shares[0].payer").value("ELDER"))
                .andExpect(jsonPath("$.payment.shares[0].amount.fen").value(4000))
                .andExpect(jsonPath("$.actions[0]").value("CANCEL"));
    }

    @Test
    void aRequestWithoutKeyOrWithABadSlotIsAProblemInTheCallersLanguage() throws Exception {
        long elder = fixtures.elder();
        Offering offering = fixtures.offering();
        long before = fixtures.orderCount();

        mvc.perform(post("/api/v1/orders").header("Authorization", operatorToken).contentType(MediaType.APPLICATION_JSON)
                        .content(body(elder, offering.id(), ServiceFixtures.tomorrowAt(clock, "09:00").toString())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("service.error.idempotencyKey"));
        mvc.perform(post("/api/v1/orders").header("Authorization", operatorToken).header("Accept-Language", "en")
                        .header("Idempotency-Key", ServiceFixtures.key()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(elder, offering.id(), ServiceFixtures.tomorrowAt(clock, "10:00").toString())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("start"))
                .andExpect(jsonPath("$.detail").value(containsString("cannot be booked")));
        mvc.perform(post("/api/v1/orders/{id}/accept", 999_999_999L).header("Authorization", operatorToken))
                .andExpect(status().isNotFound());
        assertThat(fixtures.orderCount()).isEqualTo(before);
    }

    @Test
    void offeringsAndTheirTimesAreListedForAnElder() throws Exception {
        long elder = fixtures.elder();
        Offering offering = fixtures.offering();
        mvc.perform(get("/api/v1/offerings").param("elder", String.valueOf(elder)).param("item", "BATHING")
                        .header("Authorization", operatorToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == " + offering.id() + ")].name").exists());
        mvc.perform(get("/api/v1/offerings/{id}/times", offering.id()).param("days", "3")
                        .header("Authorization", operatorToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].free").value(5));
    }
}
