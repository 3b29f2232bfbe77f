package org.yiyang.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.identity.internal.ApiTokens;
import org.yiyang.provider.ProviderDirectory;

@IntegrationTest
class ReviewPagesTests {

    @Autowired
    ServiceFixtures fixtures;

    @Autowired MockMvc mvc;
    @Autowired OrderDesk desk;
    @Autowired ServiceCatalogue catalogue;
    @Autowired ElderRegistry registry;
    @Autowired AccountDirectory accounts;
    @Autowired AccountAdministration administration;
    @Autowired FamilyLinks links;
    @Autowired ProviderDirectory providers;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    ReviewScenario scenario;
    MockHttpSession operator;

    @BeforeEach
    void scenario() throws Exception {
        scenario = new ReviewScenario(fixtures, desk, administration, accounts, links, registry, jdbc);
        operator = scenario.signIn(mvc, "operator");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theFormOffersFiveLabelledStarChoicesAndTheTagsAndAnHtmxRequestGetsThePanelOnly() throws Exception {
        long order = scenario.doneOrder(clock);

        mvc.perform(get("/orders/" + order + "/review").session(operator))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html"), containsString("id=\"review-form\""),
                        containsString("type=\"radio\" name=\"stars\" id=\"stars-1\" value=\"1\""),
                        containsString("<label for=\"stars-5\""), containsString("1 星 很差"),
                        containsString("5 星 很好"), containsString("value=\"ON_TIME\""),
                        containsString("value=\"OVERCHARGED\""))));
        mvc.perform(get("/orders/" + order + "/review").session(operator).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"review-panel\""), not(containsString("<html")))));
    }

    @Test
    void aValidRatingGoesBackToTheOrderWithThanks() throws Exception {
        long order = scenario.doneOrder(clock);

        mvc.perform(post("/orders/" + order + "/review").session(operator).with(csrf())
                        .param("stars", "2").param("tags", "LATE", "CARELESS").param("comment", "来晚了"))
                .andExpect(redirectedUrl("/orders/" + order))
                .andExpect(flash().attribute("notice", "review.done.reviewedWithComplaint"));
        assertThat(scenario.orderStatus(order)).isEqualTo("REVIEWED");
        assertThat(scenario.complaintsOf(order)).hasSize(1);

        mvc.perform(get("/orders/" + order + "/review").session(operator))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("这次服务已经评价过了"), containsString("2 星 差"),
                        containsString("迟到"), not(containsString("id=\"review-form\"")))));
    }

    @Test
    void badInputShowsTheFormAgainWithAClearMessageKeepsWhatWasTypedAndChangesNothing() throws Exception {
        long order = scenario.doneOrder(clock);

        mvc.perform(post("/orders/" + order + "/review").session(operator).with(csrf())
                        .param("stars", "6").param("tags", "CLEAN").param("comment", "我的评语"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("请选择 1 到 5 颗星"), containsString("我的评语"),
                        containsString("value=\"CLEAN\" checked"))));
        mvc.perform(post("/orders/" + order + "/review").session(operator).with(csrf())
                        .param("stars", "0").param("comment", "零星"))
                .andExpect(content().string(allOf(containsString("请选择 1 到 5 颗星"), containsString("零星"))));
        mvc.perform(post("/orders/" + order + "/review").session(operator).with(csrf())
                        .param("stars", "4").param("tags", "AMAZING").param("comment", "标签"))
                .andExpect(content().string(allOf(containsString("没有“AMAZING”这个标签"),
                        containsString("id=\"stars-4\" value=\"4\" checked"))));
        mvc.perform(post("/orders/" + order + "/review").session(operator).with(csrf())
                        .param("stars", "3").param("comment", "长".repeat(501)))
                .andExpect(content().string(containsString("评语最多 500 字")));

        assertThat(scenario.orderStatus(order)).isEqualTo("DONE");
        assertThat(scenario.reviewCount(order)).isZero();
    }

    @Test
    void anOrderThatIsNotDoneShowsWhyInsteadOfTheForm() throws Exception {
        long order = scenario.placedOrder(clock);

        mvc.perform(get("/orders/" + order + "/review").session(operator))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("服务完成（签退）后才能评价"),
                        not(containsString("id=\"review-form\"")))));
        mvc.perform(post("/orders/" + order + "/review").session(operator).with(csrf()).param("stars", "5"))
                .andExpect(content().string(containsString("服务完成（签退）后才能评价")));
        assertThat(scenario.orderStatus(order)).isEqualTo("PLACED");
    }

    @Test
    void anOrderOutsideTheViewersReachIsNotFound() throws Exception {
        long order = scenario.doneOrder(clock);
        MockHttpSession stranger = scenario.signIn(mvc, TestAccounts.create(administration,
                org.yiyang.identity.Role.FAMILY, ServiceFixtures.BANNER));

        mvc.perform(get("/orders/" + order + "/review").session(stranger)).andExpect(status().isNotFound());
        mvc.perform(post("/orders/" + order + "/review").session(stranger).with(csrf()).param("stars", "5"))
                .andExpect(status().isNotFound());
        assertThat(scenario.orderStatus(order)).isEqualTo("DONE");
    }

    @Test
    void theJsonApiRatesAndAnswersBadInputWithAProblemInTheCallersLanguage() throws Exception {
        long order = scenario.doneOrder(clock);
        String token = "Bearer " + tokens.issue(TestAccounts.REGION_ADMIN, "operator", "review test", 1).secret();

        mvc.perform(post("/api/v1/orders/" + order + "/review").header("Authorization", token)
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"stars\": 6, \"tags\": [\"ON_TIME\"]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("Choose from 1 to 5 stars."))
                .andExpect(jsonPath("$.field").value("stars"));
        mvc.perform(post("/api/v1/orders/" + order + "/review").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"stars\": 5, \"tags\": [\"NICE\"]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("没有“NICE”这个标签，请从列出的标签中选择。"));
        assertThat(scenario.reviewCount(order)).isZero();

        mvc.perform(post("/api/v1/orders/" + order + "/review").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"stars\": 5, \"tags\": [\"ON_TIME\", \"FRIENDLY\"], \"comment\": \"好\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stars").value(5))
                .andExpect(jsonPath("$.orderId").value(order));
        mvc.perform(post("/api/v1/orders/" + order + "/review").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"stars\": 1}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("review.error.alreadyReviewed"));
    }
}
