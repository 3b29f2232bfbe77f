package org.yiyang.benefit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.internal.PaymentScenario;
import org.yiyang.elder.TestElders;
import org.yiyang.identity.Role;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.identity.internal.ApiTokens;
import org.yiyang.identity.internal.PasswordChangeGate;

@IntegrationTest
class PaymentPagesTests {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired AccountAdministration administration;
    @Autowired ApiTokens tokens;

    PaymentScenario scenario;
    MockHttpSession regulator;

    @BeforeEach
    void signIn() throws Exception {
        scenario = new PaymentScenario(context);
        regulator = signIn("regulator");
    }

    @Test
    void theBankAccountPageRefusesABadNumberSavesAGoodOneShowsItMaskedAndRevealsItAudited() throws Exception {
        long elder = scenario.elder();
        String page = "/benefit/elders/" + elder + "/payee";
        String number = PaymentScenario.accountNumber(19);

        mvc.perform(get(page).session(regulator)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("还没有登记银行账户"), containsString("id=\"payee-form\""))));
        mvc.perform(post(page).session(regulator).with(csrf()).param("holderName", "宝音").param("bankName", "农业银行")
                        .param("accountNumber", "6222 12"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("银行账号应为 12 至 30 位数字"),
                        containsString("id=\"accountNumber-error\""), not(containsString("6222 12")))));
        mvc.perform(post(page).session(regulator).with(csrf()).param("holderName", "宝音").param("bankName", "农业银行")
                        .param("accountNumber", number))
                .andExpect(redirectedUrl(page)).andExpect(flash().attribute("notice", "ledger.payee.saved"));

        String masked = number.substring(0, 4) + "****" + number.substring(15);
        mvc.perform(get(page).session(regulator)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(masked), not(containsString(number)))));
        mvc.perform(post(page + "/reveal").session(regulator).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(number), containsString("id=\"payee-account\""),
                        not(containsString("<html")))));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_audit_event WHERE action = 'BANK_ACCOUNT_VIEWED' AND target = :t")
                .param("t", "elder:" + elder).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anElderOutsideTheRegulatorsBannerIsNotFoundAndOtherRolesMayNotSeeThePages() throws Exception {
        long elder = scenario.elder(TestElders.HULUNBUIR_VILLAGE);

        mvc.perform(get("/benefit/elders/" + elder + "/payee").session(regulator)).andExpect(status().isNotFound());
        MockHttpSession caregiver = signIn("caregiver");
        mvc.perform(get("/benefit/payment-files").session(caregiver)).andExpect(status().isForbidden());
        mvc.perform(get("/benefit/checks").session(caregiver)).andExpect(status().isForbidden());
    }

    @Test
    void aRegulatorGeneratesDownloadsAndSettlesAFileAndCannotGenerateItAgain() throws Exception {
        Programme p = scenario.cashProgramme();
        long a = scenario.elder();
        long noAccount = scenario.elder();
        String number = scenario.payee(a);
        long row = scenario.due(p, a, scenario.thisMonth(), 10_000);
        scenario.due(p, noAccount, scenario.thisMonth(), 10_000);
        String month = scenario.thisMonth().toString();

        String location = mvc.perform(post("/benefit/payment-files").session(regulator).with(csrf())
                        .param("programmeId", String.valueOf(p.id())).param("month", month)
                        .param("divisionCode", PaymentScenario.BANNER))
                .andExpect(redirectedUrlPattern("/benefit/payment-files/*"))
                .andExpect(flash().attribute("notice", "ledger.file.created"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).session(regulator)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("待回盘"), containsString("id=\"return-form\""),
                        containsString("1 笔津贴因老人未登记银行账户暂不能代发"))));
        mvc.perform(get(location + "/csv").session(regulator)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().string(containsString(row + ",户名" + a + ",中国农业银行科右前旗支行," + number + ",100.00")));

        mvc.perform(multipart(location + "/return").file(returnFile(row + ",OK\n" + row + ",OK\n"))
                        .session(regulator).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("回盘文件第 2 行格式不对")));
        assertThat(scenario.status(row)).isEqualTo("FILED");
        mvc.perform(multipart(location + "/return").file(returnFile(row + ",OK\n")).session(regulator).with(csrf()))
                .andExpect(redirectedUrl(location)).andExpect(flash().attribute("notice", "ledger.file.settled"));
        assertThat(scenario.status(row)).isEqualTo("PAID");
        mvc.perform(post(location + "/paid").session(regulator).with(csrf()))
                .andExpect(redirectedUrl(location)).andExpect(flash().attribute("notice", "ledger.file.alreadySettled"));

        mvc.perform(post("/benefit/payment-files").session(regulator).with(csrf())
                        .param("programmeId", String.valueOf(p.id())).param("month", month)
                        .param("divisionCode", PaymentScenario.BANNER))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已经回盘，不能重新生成")));
        mvc.perform(get("/benefit/payment-files").param("programme", String.valueOf(p.id())).session(regulator)
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"file-rows\""), containsString("已回盘"),
                        not(containsString("<html")))));
        mvc.perform(get("/benefit/payment-files/unfiled").param("programme", String.valueOf(p.id()))
                        .param("month", month).param("division", PaymentScenario.BANNER).session(regulator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/benefit/elders/" + noAccount + "/payee")));
    }

    @Test
    void theChecksPageListsFindingsRunsTheChecksAndTakesAReview() throws Exception {
        String shared = PaymentScenario.accountNumber(19);
        long a = scenario.elder();
        long b = scenario.elder();
        scenario.payee(a, shared);
        scenario.payee(b, shared);

        mvc.perform(post("/benefit/checks/run").session(regulator).with(csrf()))
                .andExpect(redirectedUrl("/benefit/checks")).andExpect(flash().attributeExists("ran"));
        long flag = jdbc.sql("SELECT id FROM benefit_flag WHERE kind = 'SHARED_BANK_ACCOUNT' AND elder_id = :e")
                .param("e", a).query(Long.class).single();
        mvc.perform(get("/benefit/checks").session(regulator)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html"), containsString("data-flag=\"" + flag + "\""))));
        mvc.perform(get("/benefit/checks").param("kind", "BUDGET_OVERRUN").session(regulator).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"check-rows\""), not(containsString("<html")),
                        not(containsString("data-flag=\"" + flag + "\"")))));

        mvc.perform(post("/benefit/checks/" + flag + "/dismiss").session(regulator).with(csrf()).param("note", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("排除时请写明原因")));
        mvc.perform(post("/benefit/checks/" + flag + "/dismiss").session(regulator).with(csrf()).param("note", "夫妻共用"))
                .andExpect(redirectedUrl("/benefit/checks")).andExpect(flash().attribute("notice", "ledger.check.dismissed"));
        assertThat(jdbc.sql("SELECT status FROM benefit_flag WHERE id = :id").param("id", flag).query(String.class).single())
                .isEqualTo("DISMISSED");
    }

    @Test
    void theJsonListsAreScopedToTheCallersDivision() throws Exception {
        Programme region = scenario.cashProgramme("150000000000", java.util.List.of());
        long here = scenario.elder();
        long there = scenario.elder(TestElders.HULUNBUIR_VILLAGE);
        scenario.payee(here);
        scenario.payee(there);
        scenario.due(region, here, scenario.thisMonth(), 10_000);
        scenario.allowance(region, there, scenario.thisMonth(), 10_000, "DUE", TestElders.HULUNBUIR_VILLAGE);
        context.getBean(org.yiyang.benefit.PaymentFiles.class).generate(PaymentScenario.REGISTRAR,
                new org.yiyang.benefit.FileRequest(region.id(), YearMonth.from(scenario.today()), "150702000000"));
        context.getBean(org.yiyang.benefit.PaymentFiles.class).generate(PaymentScenario.REGISTRAR,
                new org.yiyang.benefit.FileRequest(region.id(), YearMonth.from(scenario.today()), PaymentScenario.BANNER));
        String bannerToken = token(Role.REGULATOR, PaymentScenario.BANNER);
        String regionToken = token(Role.REGULATOR, "150000000000");

        mvc.perform(get("/api/v1/benefit/payment-files").param("programme", String.valueOf(region.id()))
                        .header("Authorization", bannerToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.files[0].division.value").value(PaymentScenario.BANNER));
        mvc.perform(get("/api/v1/benefit/payment-files").param("programme", String.valueOf(region.id()))
                        .header("Authorization", regionToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(2));
        mvc.perform(get("/api/v1/benefit/checks").param("kind", "SHARED_BANK_ACCOUNT").param("size", "5")
                        .header("Authorization", bannerToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.flags[*].division.value", not(hasItem(TestElders.HULUNBUIR_VILLAGE))));
        mvc.perform(get("/api/v1/benefit/checks").header("Authorization", token(Role.OPERATOR, PaymentScenario.BANNER)))
                .andExpect(status().isForbidden());
    }

    private String token(Role role, String division) {
        String username = TestAccounts.create(administration, role, division);
        return "Bearer " + tokens.issue(TestAccounts.REGION_ADMIN, username, "payments", null).secret();
    }

    private static MockMultipartFile returnFile(String text) {
        return new MockMultipartFile("returnFile", "return.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private MockHttpSession signIn(String username) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", username)
                .param("password", "Yiyang@2026").with(csrf())).andReturn().getRequest().getSession();
        session.removeAttribute(PasswordChangeGate.REQUIRED);
        return session;
    }
}
