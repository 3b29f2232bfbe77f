package org.yiyang.shell.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.IntegrationTest;

@IntegrationTest
class HomePagesTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @CsvSource({"admin,ADMIN,账号管理", "regulator,REGULATOR,老年人信息库", "operator,OPERATOR,紧急呼叫工作台",
            "provider,PROVIDER_ADMIN,派单看板", "caregiver,CAREGIVER,今日上门", "assessor,ASSESSOR,能力评估",
            "volunteer,VOLUNTEER,互助任务", "elder,ELDER,预约服务", "family,FAMILY,为父母下单"})
    void eachDemoAccountLandsOnTheHomePageOfItsRole(String username, String role, String firstCard) throws Exception {
        var login = mvc.perform(post("/login").param("username", username).param("password", "Yiyang@2026").with(csrf()))
                .andExpect(redirectedUrl("/")).andReturn();
        mvc.perform(get("/").session((MockHttpSession) login.getRequest().getSession()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-role=\"" + role + "\"")))
                .andExpect(content().string(containsString(firstCard)))
                .andExpect(content().string(containsString("class=\"demo-banner\"")));
    }

    @Test
    void marksCapabilitiesOfLaterIssuesAsComingNotAsLinks() throws Exception {
        var login = mvc.perform(post("/login").param("username", "regulator").param("password", "Yiyang@2026")
                .with(csrf())).andReturn();
        mvc.perform(get("/").session((MockHttpSession) login.getRequest().getSession()))
                .andExpect(content().string(containsString("监管抽查")))
                .andExpect(content().string(containsString("即将上线")))
                .andExpect(content().string(containsString("href=\"/elders\"")));
        var elder = mvc.perform(post("/login").param("username", "elder").param("password", "Yiyang@2026").with(csrf()))
                .andReturn();
        mvc.perform(get("/").session((MockHttpSession) elder.getRequest().getSession()))
                .andExpect(content().string(containsString("href=\"/care/help\"")))
                .andExpect(content().string(containsString("href=\"/order\"")));
    }

    @Test
    void showsTheDemoAccountsOnTheLoginPageInDemoMode() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(containsString("Yiyang@2026")))
                .andExpect(content().string(containsString("<code>family</code>")));
    }

    @Test
    void switchesLanguageAndElderModeAndComesBackToThePage() throws Exception {
        mvc.perform(post("/preferences").with(csrf()).param("lang", "en").param("back", "/divisions"))
                .andExpect(redirectedUrl("/divisions"))
                .andExpect(cookie().value("yy_lang", "en"));
        mvc.perform(get("/divisions").cookie(new Cookie("yy_lang", "en"), new Cookie("yy_elder", "1")))
                .andExpect(content().string(containsString("lang=\"en\"")))
                .andExpect(content().string(containsString("class=\"elder\"")))
                .andExpect(content().string(containsString("Administrative divisions")));
        mvc.perform(get("/divisions").cookie(new Cookie("yy_lang", "mn-Mong")))
                .andExpect(content().string(containsString("lang=\"mn-Mong\"")))
                .andExpect(content().string(containsString("data-script=\"mong\"")))
                .andExpect(content().string(not(containsString("行政区划</h1>"))));
    }

    @Test
    void refusesToRedirectAPreferenceSwitchToAnotherSite() throws Exception {
        mvc.perform(post("/preferences").with(csrf()).param("lang", "en").param("back", "//evil.example"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void rendersTheWelcomePageForVisitors() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hotline 12349")));
    }
}
