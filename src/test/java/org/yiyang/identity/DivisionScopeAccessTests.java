package org.yiyang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.identity.internal.ApiTokens;

/** A regulator of 兴安盟 sees 兴安盟 and below, and nothing of 呼伦贝尔市. */
@IntegrationTest
class DivisionScopeAccessTests {

    static final String HINGGAN = "152200000000";
    static final String HULUNBUIR = "150700000000";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountAdministration administration;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    String hulunbuirCaregiver;
    String hingganCaregiver;
    String regulator;

    @BeforeEach
    void accountsInTwoLeagues() {
        hulunbuirCaregiver = TestAccounts.create(administration, Role.CAREGIVER, "150702000000");
        hingganCaregiver = TestAccounts.create(administration, Role.CAREGIVER, "152201000000");
        regulator = TestAccounts.create(administration, Role.REGULATOR, HINGGAN);
    }

    @Test
    void aLeagueRegulatorSeesAccountsOfTheLeagueAndNothingOfAnotherLeague() throws Exception {
        MockHttpSession session = signIn(regulator);
        mvc.perform(get("/admin/accounts").param("q", "caregiver").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(hingganCaregiver)))
                .andExpect(content().string(not(containsString(hulunbuirCaregiver))));
    }

    @Test
    void aRegulatorAskingForAnotherLeagueGets403WithAReasonAndAnAuditRecord() throws Exception {
        long before = count("SCOPE_DENIED");
        mvc.perform(get("/admin/accounts").param("division", HULUNBUIR).session(signIn(regulator)))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/denied"))
                .andExpect(request().attribute("yy.denied.reason", "identity.denied.scope"))
                .andExpect(content().string(not(containsString(hulunbuirCaregiver))));
        assertThat(count("SCOPE_DENIED")).isEqualTo(before + 1);
    }

    @Test
    void theApiAppliesTheSameScopeToATokensAccount() throws Exception {
        var issued = tokens.issue(TestAccounts.REGION_ADMIN, regulator, "league dashboard", null);
        mvc.perform(get("/api/v1/accounts").param("size", "200").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].divisionCode", everyItem(startsWith("1522"))));
        mvc.perform(get("/api/v1/accounts").param("division", HULUNBUIR)
                        .header("Authorization", "Bearer " + issued.secret()).header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("outside your responsibility")));
    }

    @Test
    void aBannerAdministratorCannotCreateAnAccountInAnotherBanner() throws Exception {
        String bannerAdmin = TestAccounts.create(administration, Role.ADMIN, "152221000000");
        MockHttpSession session = signIn(bannerAdmin);
        String username = TestAccounts.uniqueName("intruder");
        mvc.perform(post("/admin/accounts").session(session).with(csrf())
                        .param("username", username).param("displayName", "X").param("role", "CAREGIVER")
                        .param("divisionCode", "150702000000").param("password", "Abcdefgh1234"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_account WHERE username = :u").param("u", username)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aCaregiverCannotOpenTheAccountPages() throws Exception {
        mvc.perform(get("/admin/accounts").session(signIn(hingganCaregiver)))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/denied"))
                .andExpect(request().attribute("yy.denied.reason", "identity.denied.role"));
    }

    @Test
    void theDeniedPageExplainsTheScopeInTheUsersLanguage() throws Exception {
        mvc.perform(get("/denied").requestAttr("yy.denied.reason", "identity.denied.scope")
                        .header("Accept-Language", "en"))
                .andExpect(content().string(containsString("outside your responsibility")));
        mvc.perform(get("/denied").requestAttr("yy.denied.reason", "identity.denied.scope"))
                .andExpect(content().string(containsString("不在您的管辖范围内")));
    }

    private MockHttpSession signIn(String username) throws Exception {
        var result = mvc.perform(post("/login").param("username", username).param("password", TestAccounts.PASSWORD)
                .with(csrf())).andReturn();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession();
        session.removeAttribute("yy.mustChangePassword");
        return session;
    }

    private long count(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM identity_audit_event WHERE action = :a").param("a", action)
                .query(Long.class).single();
    }
}
