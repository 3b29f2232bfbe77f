package org.yiyang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.identity.internal.AccountAdministration;

@IntegrationTest
class LoginTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountAdministration administration;

    @Autowired
    JdbcClient jdbc;

    @Test
    void signsInWithTheRightPasswordAndAuditsIt() throws Exception {
        mvc.perform(post("/login").param("username", "operator").param("password", "Yiyang@2026").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withRoles("OPERATOR"));
        assertThat(lastAudit("operator", "LOGIN")).isEqualTo("SUCCESS");
    }

    @Test
    void refusesAWrongPasswordKeepsTheUsernameAndAuditsTheFailure() throws Exception {
        String username = TestAccounts.create(administration, Role.CAREGIVER, "152221000000");
        MvcResult result = mvc.perform(post("/login").param("username", username).param("password", "wrong-pass-1")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated())
                .andReturn();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession();
        mvc.perform(get("/login").param("error", "").session(session))
                .andExpect(content().string(containsString("用户名或密码不正确")))
                .andExpect(content().string(containsString("value=\"" + username + "\"")));
        assertThat(lastAudit(username, "LOGIN")).isEqualTo("FAILURE");
    }

    @Test
    void locksTheAccountAfterFiveWrongPasswordsEvenForTheRightOneAndSaysSo() throws Exception {
        String username = TestAccounts.create(administration, Role.VOLUNTEER, "152221000000");
        MvcResult last = null;
        for (int i = 0; i < 5; i++) {
            last = mvc.perform(post("/login").param("username", username).param("password", "wrong-pass-" + i)
                    .with(csrf())).andReturn();
        }
        mvc.perform(get("/login").param("error", "").session((MockHttpSession) last.getRequest().getSession()))
                .andExpect(content().string(containsString("账号已暂时锁定")));
        mvc.perform(post("/login").param("username", username).param("password", TestAccounts.PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        assertThat(lastAudit(username, "ACCOUNT_LOCKED")).isEqualTo("DENIED");
        assertThat(lastAudit(username, "LOGIN")).isEqualTo("DENIED");
    }

    @Test
    void refusesALoginWithoutCsrfTokenAndAuditsIt() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", "Yiyang@2026"))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated())
                .andExpect(forwardedUrl("/denied"))
                .andExpect(request().attribute("yy.denied.reason", "identity.denied.csrf"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_audit_event WHERE action = 'CSRF_REJECTED'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void sendsSomeoneWithAnExpiredSessionToTheLoginPageSayingSo() throws Exception {
        mvc.perform(get("/admin/accounts").with(request -> {
                    request.setRequestedSessionId("expired-session");
                    request.setRequestedSessionIdValid(false);
                    return request;
                }))
                .andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/login").param("expired", ""))
                .andExpect(content().string(containsString("登录已超时")));
    }

    @Test
    void answersAnHtmxRequestWithoutSessionWithHxRedirectInsteadOfAPageFragment() throws Exception {
        mvc.perform(get("/admin/accounts").header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login"));
    }

    @Test
    void logsOutAndAuditsIt() throws Exception {
        MvcResult login = mvc.perform(post("/login").param("username", "assessor").param("password", "Yiyang@2026")
                .with(csrf())).andReturn();
        mvc.perform(post("/logout").with(csrf()).session((MockHttpSession) login.getRequest().getSession()))
                .andExpect(redirectedUrl("/login?logout"))
                .andExpect(unauthenticated());
        assertThat(lastAudit("assessor", "LOGOUT")).isEqualTo("SUCCESS");
    }

    private String lastAudit(String actor, String action) {
        return jdbc.sql("SELECT outcome FROM identity_audit_event WHERE actor = :actor AND action = :action "
                        + "ORDER BY seq DESC LIMIT 1")
                .param("actor", actor).param("action", action).query(String.class).optional().orElse(null);
    }
}
