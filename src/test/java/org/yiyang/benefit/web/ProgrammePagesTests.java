package org.yiyang.benefit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.Programmes;
import org.yiyang.identity.Role;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.identity.internal.ApiTokens;
import org.yiyang.identity.internal.PasswordChangeGate;
import org.yiyang.benefit.internal.ProgrammeScenario;

/** The programme pages and the JSON API, as the demo banner's regulator and others use them. */
@IntegrationTest
class ProgrammePagesTests {

    @Autowired MockMvc mvc;
    @Autowired Programmes programmes;
    @Autowired JdbcClient jdbc;
    @Autowired AccountAdministration administration;
    @Autowired ApiTokens tokens;

    MockHttpSession signIn(String username) throws Exception {
        String password = username.contains("-") ? TestAccounts.PASSWORD : "Yiyang@2026";
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", username)
                .param("password", password).with(csrf())).andReturn().getRequest().getSession();
        session.removeAttribute(PasswordChangeGate.REQUIRED);
        return session;
    }

    @Test
    void theRegulatorDefinesAProgrammeInTheFormAndSeesItsPage() throws Exception {
        MockHttpSession regulator = signIn("regulator");
        String code = ProgrammeScenario.code();
        mvc.perform(get("/benefit/programmes/new").session(regulator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"programme-form\"")));

        String location = mvc.perform(post("/benefit/programmes").session(regulator).with(csrf())
                        .param("code", code).param("kind", "MEAL_SUBSIDY").param("name", "测试助餐补贴")
                        .param("division", ProgrammeScenario.DEMO_BANNER).param("fundingSource", "旗本级财政")
                        .param("budget", "20000.50").param("payout", "").param("enrolmentMode", "AUTOMATIC"))
                .andExpect(redirectedUrlPattern("/benefit/programmes/*"))
                .andExpect(flash().attribute("notice", "benefit.programme.created"))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(location).session(regulator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("测试助餐补贴")))
                .andExpect(content().string(containsString("按单补贴")))
                .andExpect(content().string(containsString("¥20000.50")))
                .andExpect(content().string(containsString("id=\"new-rule\"")))
                .andExpect(content().string(containsString("/proposals")));
        mvc.perform(get("/benefit/programmes").session(regulator)).andExpect(status().isOk())
                .andExpect(content().string(containsString(code)))
                .andExpect(content().string(containsString("DEMO-GLJT-15")));
        mvc.perform(get("/benefit/programmes").session(regulator).header("HX-Request", "true"))
                .andExpect(content().string(containsString("id=\"programme-rows\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void aRefusedProgrammeComesBackWithWhatWasTypedAndTheReasonOnItsField() throws Exception {
        MockHttpSession regulator = signIn("regulator");
        String code = ProgrammeScenario.code();

        mvc.perform(post("/benefit/programmes").session(regulator).with(csrf())
                        .param("code", code).param("kind", "HIGH_AGE_ALLOWANCE").param("name", "乡镇高龄津贴")
                        .param("division", "152221100000").param("fundingSource", "乡镇财政")
                        .param("budget", "100").param("payout", "").param("enrolmentMode", "AUTOMATIC"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("补贴项目只能设在自治区、盟市或旗县区一级。")))
                .andExpect(content().string(containsString("id=\"division-error\"")))
                .andExpect(content().string(containsString("value=\"乡镇高龄津贴\"")));
        mvc.perform(post("/benefit/programmes").session(regulator).with(csrf())
                        .param("code", code).param("kind", "HIGH_AGE_ALLOWANCE").param("name", "x")
                        .param("division", ProgrammeScenario.DEMO_BANNER).param("fundingSource", "f")
                        .param("budget", "1.001").param("payout", "").param("enrolmentMode", "AUTOMATIC"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"budget-error\"")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM benefit_programme WHERE code = :c").param("c", code)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anEditMadeOnAStaleVersionIsRefusedWithTheReason() throws Exception {
        MockHttpSession regulator = signIn("regulator");
        long id = programmes.create(ProgrammeScenario.regulator(ProgrammeScenario.DEMO_BANNER),
                ProgrammeScenario.draft(ProgrammeKind.SERVICE_SUBSIDY, ProgrammeScenario.DEMO_BANNER, "100"));
        mvc.perform(get("/benefit/programmes/{id}/edit", id).session(regulator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));

        mvc.perform(post("/benefit/programmes/{id}", id).session(regulator).with(csrf()).param("version", "0")
                        .param("name", "新名称").param("fundingSource", "f").param("budget", "200")
                        .param("payout", "SUBSIDY_WALLET").param("enrolmentMode", "PROPOSED"))
                .andExpect(redirectedUrl("/benefit/programmes/" + id));
        mvc.perform(post("/benefit/programmes/{id}", id).session(regulator).with(csrf()).param("version", "0")
                        .param("name", "另一个名称").param("fundingSource", "f").param("budget", "300")
                        .param("payout", "SUBSIDY_WALLET").param("enrolmentMode", "PROPOSED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("别人已经修改了这个项目")))
                .andExpect(content().string(containsString("value=\"另一个名称\"")));
        assertThat(programmes.details(ProgrammeScenario.ADMIN, id).orElseThrow().programme().name()).isEqualTo("新名称");
    }

    @Test
    void aProgrammeOfAnotherDivisionIsNotFoundAndOneAboveIsReadOnly() throws Exception {
        MockHttpSession regulator = signIn("regulator");
        long elsewhere = programmes.create(ProgrammeScenario.ADMIN,
                ProgrammeScenario.draft(ProgrammeKind.VOUCHER, ProgrammeScenario.OTHER_LEAGUE, "10"));
        long above = programmes.create(ProgrammeScenario.ADMIN,
                ProgrammeScenario.draft(ProgrammeKind.VOUCHER, ProgrammeScenario.DEMO_LEAGUE, "10"));

        mvc.perform(get("/benefit/programmes/{id}", elsewhere).session(regulator)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("找不到这个补贴项目或规则")));
        mvc.perform(get("/benefit/programmes/{id}", above).session(regulator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("只能查看")))
                .andExpect(content().string(not(containsString("id=\"edit-programme\""))));
        mvc.perform(get("/benefit/programmes/{id}/edit", above).session(regulator)).andExpect(status().isConflict());
        mvc.perform(get("/benefit/programmes").session(signIn("elder"))).andExpect(status().isForbidden());
    }

    @Test
    void theJsonApiListsAndShowsOnlyWhatTheCallerMaySee() throws Exception {
        String hulunbuir = TestAccounts.create(administration, Role.REGULATOR, ProgrammeScenario.OTHER_LEAGUE);
        String token = "Bearer " + tokens.issue(TestAccounts.REGION_ADMIN, hulunbuir, "programmes", null).secret();
        long own = programmes.create(ProgrammeScenario.ADMIN,
                ProgrammeScenario.draft(ProgrammeKind.CARE_SUBSIDY, ProgrammeScenario.OTHER_LEAGUE, "10"));
        long banner = programmes.create(ProgrammeScenario.ADMIN,
                ProgrammeScenario.draft(ProgrammeKind.CARE_SUBSIDY, ProgrammeScenario.DEMO_BANNER, "10"));

        String list = mvc.perform(get("/api/v1/benefit/programmes").param("size", "200").header("Authorization", token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("\"id\":" + own).doesNotContain("\"id\":" + banner + ",");
        mvc.perform(get("/api/v1/benefit/programmes/{id}", own).header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.programme.kind").value("CARE_SUBSIDY"))
                .andExpect(jsonPath("$.allocated.fen").value(1000))
                .andExpect(jsonPath("$.editable").value(true));
        mvc.perform(get("/api/v1/benefit/programmes/{id}", banner).header("Authorization", token))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("benefit.error.notFound"));
    }

    @Test
    void theRoleHomesLinkToTheBenefitPages() throws Exception {
        mvc.perform(get("/").session(signIn("regulator")))
                .andExpect(content().string(containsString("href=\"/benefit/programmes\"")))
                .andExpect(content().string(containsString("href=\"/benefit/eligibility\"")))
                .andExpect(content().string(containsString("href=\"/benefit/payment-files\"")))
                .andExpect(content().string(containsString("href=\"/benefit/checks\"")))
                .andExpect(content().string(containsString("href=\"/benefit/allowances\"")));
        mvc.perform(get("/").session(signIn("admin")))
                .andExpect(content().string(containsString("href=\"/benefit/programmes\"")));
        mvc.perform(get("/").session(signIn("elder")))
                .andExpect(content().string(containsString("href=\"/benefit/my\"")))
                .andExpect(content().string(containsString("我的补贴和积分")));
        mvc.perform(get("/").session(signIn("family")))
                .andExpect(content().string(containsString("href=\"/benefit/my\"")));
        mvc.perform(get("/").session(signIn("operator")))
                .andExpect(content().string(containsString("href=\"/benefit/points/award\"")));
    }
}
