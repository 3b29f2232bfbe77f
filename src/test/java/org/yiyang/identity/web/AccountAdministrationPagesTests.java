package org.yiyang.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;

@IntegrationTest
class AccountAdministrationPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorCreatesAnAccountWhoseOwnerMustChangeThePasswordAtFirstSignIn() throws Exception {
        MockHttpSession admin = signIn("admin", "Yiyang@2026");
        String username = TestAccounts.uniqueName("new-caregiver");
        mvc.perform(post("/admin/accounts").session(admin).with(csrf())
                        .param("username", username).param("displayName", "新护理员").param("role", "CAREGIVER")
                        .param("divisionCode", "152221100000").param("password", "Temp-pass-2026"))
                .andExpect(redirectedUrl("/admin/accounts"));
        assertThat(audited("ACCOUNT_CREATED")).isPositive();

        MockHttpSession owner = signIn(username, "Temp-pass-2026");
        mvc.perform(get("/").session(owner)).andExpect(redirectedUrl("/account/password?required"));
        mvc.perform(post("/account/password").session(owner).with(csrf()).param("currentPassword", "Temp-pass-2026")
                        .param("newPassword", "Own-pass-2026x").param("confirmPassword", "Own-pass-2026x"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/").session(owner)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-role=\"CAREGIVER\"")));
        signIn(username, "Own-pass-2026x");
    }

    @Test
    void keepsWhatWasTypedAndExplainsEachProblemWhenTheFormIsWrong() throws Exception {
        MockHttpSession admin = signIn("admin", "Yiyang@2026");
        long before = jdbc.sql("SELECT COUNT(*) FROM identity_account").query(Long.class).single();
        mvc.perform(post("/admin/accounts").session(admin).with(csrf())
                        .param("username", "a b").param("displayName", "张三").param("role", "ELDER")
                        .param("divisionCode", "15222100000x").param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("用户名为 3–64 位字母")))
                .andExpect(content().string(containsString("value=\"张三\"")));
        mvc.perform(post("/admin/accounts").session(admin).with(csrf())
                        .param("username", "valid-name").param("displayName", "张三").param("role", "ELDER")
                        .param("divisionCode", "15222100000x").param("password", "Abcdefgh1234"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不是有效的区划代码")));
        mvc.perform(post("/admin/accounts").session(admin).with(csrf())
                        .param("username", "admin").param("displayName", "重名").param("role", "ELDER")
                        .param("divisionCode", "152221000000").param("password", "Abcdefgh1234"))
                .andExpect(content().string(containsString("该用户名已被使用")));
        mvc.perform(post("/admin/accounts").session(admin).with(csrf())
                        .param("username", "weak-one").param("displayName", "弱").param("role", "ELDER")
                        .param("divisionCode", "152221000000").param("password", "abcdefghijk"))
                .andExpect(content().string(containsString("须同时包含字母和数字")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_account").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabledAgain() throws Exception {
        MockHttpSession admin = signIn("admin", "Yiyang@2026");
        String username = TestAccounts.uniqueName("to-disable");
        mvc.perform(post("/admin/accounts").session(admin).with(csrf())
                .param("username", username).param("displayName", "停用测试").param("role", "VOLUNTEER")
                .param("divisionCode", "152221000000").param("password", "Temp-pass-2026"));
        long id = jdbc.sql("SELECT id FROM identity_account WHERE username = :u").param("u", username)
                .query(Long.class).single();
        mvc.perform(post("/admin/accounts/{id}/disable", id).session(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts"));
        var refused = mvc.perform(post("/login").param("username", username).param("password", "Temp-pass-2026")
                .with(csrf())).andExpect(redirectedUrl("/login?error")).andReturn();
        mvc.perform(get("/login").param("error", "").session((MockHttpSession) refused.getRequest().getSession()))
                .andExpect(content().string(containsString("此账号已停用")));
        mvc.perform(post("/admin/accounts/{id}/enable", id).session(admin).with(csrf()));
        signIn(username, "Temp-pass-2026");
    }

    @Test
    void anAdministratorResetsAPasswordAndThatIsAudited() throws Exception {
        MockHttpSession admin = signIn("admin", "Yiyang@2026");
        long id = jdbc.sql("SELECT id FROM identity_account WHERE username = 'volunteer'").query(Long.class).single();
        long before = audited("ACCOUNT_PASSWORD_RESET");
        mvc.perform(post("/admin/accounts/{id}/reset-password", id).session(admin).with(csrf())
                .param("password", "short")).andExpect(redirectedUrl("/admin/accounts"));
        assertThat(audited("ACCOUNT_PASSWORD_RESET")).isEqualTo(before);
        mvc.perform(post("/admin/accounts/{id}/reset-password", id).session(admin).with(csrf())
                .param("password", "Yiyang@2026")).andExpect(redirectedUrl("/admin/accounts"));
        assertThat(audited("ACCOUNT_PASSWORD_RESET")).isEqualTo(before + 1);
        jdbc.sql("UPDATE identity_account SET must_change_password = FALSE WHERE id = :id").param("id", id).update();
    }

    @Test
    void listsAuditRecordsAndVerifiesTheChainFromTheAdminPage() throws Exception {
        MockHttpSession admin = signIn("admin", "Yiyang@2026");
        mvc.perform(get("/admin/audit").param("action", "LOGIN").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<code>LOGIN</code>")));
        mvc.perform(get("/admin/audit").param("from", "yesterday").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("日期格式不正确")));
        mvc.perform(post("/admin/audit/verify").session(admin).with(csrf()))
                .andExpect(content().string(containsString("校验通过")));
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        var result = mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result1 -> assertThat(result1.getResponse().getRedirectedUrl()).doesNotContain("error"))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession();
    }

    private long audited(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM identity_audit_event WHERE action = :a").param("a", action)
                .query(Long.class).single();
    }
}
