package org.yiyang.elder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.identity.Role;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.identity.internal.ApiTokens;

@IntegrationTest
class ElderPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountAdministration administration;

    @Autowired
    ApiTokens tokens;

    @Test
    void anOperatorRegistersAnElderAndSeesTheFileWithTheIdNumberMasked() throws Exception {
        MockHttpSession operator = signIn("operator", "Yiyang@2026");
        String id = TestElders.idNumber("152201", 1941);
        var result = mvc.perform(post("/elders").session(operator).with(csrf())
                        .param("name", "白音仓").param("idNumber", id).param("phone", "13912340000")
                        .param("divisionCode", TestElders.HINGGAN_VILLAGE).param("livingSituation", "ALONE")
                        .param("emptyNest", "true").param("categories", "LOW_INCOME"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String file = result.getResponse().getRedirectedUrl();
        mvc.perform(get(file).session(operator))
                .andExpect(content().string(containsString("白音仓")))
                .andExpect(content().string(containsString(id.substring(0, 6) + "********" + id.substring(14))))
                .andExpect(content().string(not(containsString(id))));
        mvc.perform(post(file + "/id-number").session(operator).with(csrf()).header("HX-Request", "true"))
                .andExpect(content().string(containsString(id)))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void aWrongFormKeepsWhatWasTypedAndSaysWhatIsWrong() throws Exception {
        MockHttpSession operator = signIn("operator", "Yiyang@2026");
        long before = jdbc.sql("SELECT COUNT(*) FROM elder_person").query(Long.class).single();
        mvc.perform(post("/elders").session(operator).with(csrf())
                        .param("name", "格日勒").param("idNumber", "15220119400101123")
                        .param("phone", "139").param("divisionCode", TestElders.HINGGAN_VILLAGE)
                        .param("livingSituation", "ALONE").param("chronicConditions", "糖尿病"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"格日勒\"")))
                .andExpect(content().string(containsString("糖尿病")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(post("/elders").session(operator).with(csrf()).param("name", "格日勒")
                        .param("idNumber", TestElders.idNumber("152201", 1940)).param("disabilityGrade", "abc")
                        .param("divisionCode", TestElders.HINGGAN_VILLAGE).param("livingSituation", "ALONE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("格式不正确")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM elder_person").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theListIsScopedPaginatedAndAnswersHtmxWithRowsOnly() throws Exception {
        MockHttpSession regulator = signIn("regulator", "Yiyang@2026");
        mvc.perform(get("/elders").session(regulator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"elder-rows\"")));
        mvc.perform(get("/elders").param("category", "LOW_INCOME").header("HX-Request", "true").session(regulator))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/elders").param("division", "150700000000").session(regulator))
                .andExpect(status().isForbidden());
    }

    @Test
    void anotherLeaguesRegulatorGetsNotFoundForTheFileAndTheApi() throws Exception {
        MockHttpSession operator = signIn("operator", "Yiyang@2026");
        String id = TestElders.idNumber("152201", 1939);
        String file = mvc.perform(post("/elders").session(operator).with(csrf()).param("name", "图雅")
                        .param("idNumber", id).param("divisionCode", TestElders.HINGGAN_VILLAGE)
                        .param("livingSituation", "WITH_SPOUSE"))
                .andReturn().getResponse().getRedirectedUrl();
        String other = TestAccounts.create(administration, Role.REGULATOR, "150700000000");
        MockHttpSession outsider = signIn(other, TestAccounts.PASSWORD);
        outsider.removeAttribute("yy.mustChangePassword");
        mvc.perform(get(file).session(outsider)).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("图雅"))));
        var token = tokens.issue(TestAccounts.REGION_ADMIN, other, "league dashboard", null);
        mvc.perform(get("/api/v1/elders").param("q", id).header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1" + file).header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isNotFound());
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").param("username", username).param("password", password)
                .with(csrf())).andReturn().getRequest().getSession();
    }
}
