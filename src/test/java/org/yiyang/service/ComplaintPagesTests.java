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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.TestClock;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.Role;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.identity.internal.ApiTokens;
import org.yiyang.provider.ProviderDirectory;

@IntegrationTest
class ComplaintPagesTests {

    @Autowired
    ServiceFixtures fixtures;

    @Autowired MockMvc mvc;
    @Autowired Reviews reviews;
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

    @BeforeEach
    void scenario() {
        scenario = new ReviewScenario(fixtures, desk, administration, accounts, links, registry, jdbc);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long lowRatingComplaint() {
        long order = scenario.doneOrder(clock);
        return reviews.review(ServiceFixtures.BANNER_OPERATOR, order, new ReviewDraft(2, Set.of(ReviewTag.LATE), "迟到一小时"))
                .complaintId();
    }

    @Test
    void theProviderSeesItsComplaintsAnswersOneAndAnHtmxRequestGetsTheRowsOnly() throws Exception {
        long id = lowRatingComplaint();
        MockHttpSession provider = scenario.signIn(mvc, "provider");

        mvc.perform(get("/complaints").session(provider))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html"), containsString("data-complaint=\"" + id + "\""),
                        containsString("本机构评价"))));
        mvc.perform(get("/complaints").param("status", "OPEN").session(provider).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"complaint-rows\""),
                        containsString("data-complaint=\"" + id + "\""), not(containsString("<html")))));
        mvc.perform(get("/complaints/" + id).session(provider))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"answer-form\""), containsString("迟到一小时"),
                        containsString("2 星 差"), not(containsString("id=\"close-form\"")))));

        mvc.perform(post("/complaints/" + id + "/answer").session(provider).with(csrf()).param("response", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写内容")));
        assertThat(scenario.complaint(id)).containsEntry("status", "OPEN");

        mvc.perform(post("/complaints/" + id + "/answer").session(provider).with(csrf()).param("response", "已致歉"))
                .andExpect(redirectedUrl("/complaints/" + id))
                .andExpect(flash().attribute("notice", "review.done.answered"));
        assertThat(scenario.complaint(id)).containsEntry("status", "ANSWERED").containsEntry("response", "已致歉");
    }

    @Test
    void theElderSideFilesAComplaintFromTheOrderAndClosesItSatisfied() throws Exception {
        long order = scenario.placedOrder(clock);
        MockHttpSession operator = scenario.signIn(mvc, "operator");

        mvc.perform(get("/orders/" + order + "/complaint").session(operator))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"complaint-form\"")));
        mvc.perform(post("/orders/" + order + "/complaint").session(operator).with(csrf()).param("text", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写内容")));
        assertThat(scenario.complaintsOf(order)).isEmpty();
        mvc.perform(post("/orders/" + order + "/complaint").session(operator).with(csrf())
                        .param("text", "长".repeat(1001)))
                .andExpect(content().string(allOf(containsString("最多 1000 字"), containsString("长".repeat(1001)))));

        mvc.perform(post("/orders/" + order + "/complaint").session(operator).with(csrf()).param("text", "没有按约定时间来"))
                .andExpect(redirectedUrlPattern("/complaints/*"));
        long id = ((Number) scenario.complaintsOf(order).get(0).get("id")).longValue();

        mvc.perform(get("/complaints/" + id).session(operator))
                .andExpect(content().string(allOf(containsString("id=\"close-form\""), not(containsString("id=\"answer-form\"")))));
        mvc.perform(post("/complaints/" + id + "/close").session(operator).with(csrf()).param("satisfied", "true"))
                .andExpect(redirectedUrl("/complaints/" + id));
        assertThat(scenario.complaint(id)).containsEntry("status", "CLOSED").containsEntry("satisfied", true);
        mvc.perform(get("/complaints/" + id).session(operator).header("HX-Request", "true"))
                .andExpect(content().string(allOf(containsString("id=\"complaint-panel\""), containsString("满意"),
                        not(containsString("<html")), not(containsString("id=\"close-form\"")))));
    }

    @Test
    void aComplaintOutsideTheViewersReachIsNotFound() throws Exception {
        long id = lowRatingComplaint();
        MockHttpSession hulunbuir = scenario.signIn(mvc,
                TestAccounts.create(administration, Role.REGULATOR, ReviewScenario.HULUNBUIR_LEAGUE));

        mvc.perform(get("/complaints/" + id).session(hulunbuir))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("找不到这件投诉或订单")));
        mvc.perform(post("/complaints/" + id + "/close").session(hulunbuir).with(csrf()).param("outcome", "结"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/complaints").session(hulunbuir))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("data-complaint=\"" + id + "\""))));
        assertThat(scenario.complaint(id)).containsEntry("status", "OPEN");
    }

    @Test
    void theRegulatorsTableShowsTheProvidersFiguresSortedAndOnlyToOversight() throws Exception {
        lowRatingComplaint();
        MockHttpSession regulator = scenario.signIn(mvc, "regulator");
        long providerId = scenario.fixtures().providerId();

        mvc.perform(get("/oversight/provider-ratings").session(regulator))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html"), containsString("data-provider=\"" + providerId + "\""),
                        containsString("aria-sort=\"ascending\""))));
        mvc.perform(get("/oversight/provider-ratings").param("sort", "COMPLAINTS_DESC").session(regulator)
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"rating-rows\""), not(containsString("<html")),
                        containsString("aria-sort=\"descending\""))));
        mvc.perform(get("/oversight/provider-ratings").session(scenario.signIn(mvc, "operator")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theJsonListIsScopedToTheCaller() throws Exception {
        long id = lowRatingComplaint();
        String provider = "Bearer " + tokens.issue(TestAccounts.REGION_ADMIN, "provider", "complaints", 1).secret();
        String hulunbuir = "Bearer " + tokens.issue(TestAccounts.REGION_ADMIN,
                TestAccounts.create(administration, Role.REGULATOR, ReviewScenario.HULUNBUIR_LEAGUE), "c", 1).secret();

        mvc.perform(get("/api/v1/complaints").param("status", "OPEN").param("size", "100").header("Authorization", provider))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.complaints[?(@.id == " + id + ")].source").value("LOW_RATING"));
        mvc.perform(get("/api/v1/complaints").header("Authorization", hulunbuir))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/complaints/" + id).header("Authorization", hulunbuir).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("This complaint or order does not exist, or it is not yours to see."));
    }
}
