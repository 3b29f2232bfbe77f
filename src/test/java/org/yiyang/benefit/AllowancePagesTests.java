package org.yiyang.benefit;

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

import java.time.Clock;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.benefit.internal.AllowanceScenario;
import org.yiyang.benefit.internal.BenefitFixtures;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.identity.internal.ApiTokens;
import org.yiyang.identity.internal.PasswordChangeGate;
import org.yiyang.shared.Money;

@IntegrationTest
class AllowancePagesTests {

    @Autowired MockMvc mvc;
    @Autowired BenefitFixtures fixtures;
    @Autowired Allowances allowances;
    @Autowired ElderRegistry registry;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    AllowanceScenario scenario;
    YearMonth lastMonth;

    @BeforeEach
    void scenario() {
        scenario = new AllowanceScenario(registry, jdbc, clock);
        lastMonth = scenario.currentMonth().minusMonths(1);
    }

    @Test
    void aBannerRegulatorSeesOnlyTheirBannersRowsOfALeagueProgrammeAndCannotGenerateIt() throws Exception {
        Programme league = programme(ProgrammeKind.HIGH_AGE_ALLOWANCE, AllowanceScenario.LEAGUE, 5_000);
        long own = enrolled(league, AllowanceScenario.BANNER_VILLAGE);
        long elsewhere = enrolled(league, AllowanceScenario.ULANHOT_VILLAGE);
        allowances.generate(TestAccounts.REGION_ADMIN, league.id(), lastMonth);
        MockHttpSession regulator = signIn("regulator");

        String overview = mvc.perform(get("/benefit/allowances").session(regulator))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(section(overview, league)).contains("data-month=\"" + lastMonth + "\"", "¥50.00", "待发放 1")
                .doesNotContain("¥100.00", "id=\"generate-" + league.id() + "\"");
        String monthPage = "/benefit/allowances/" + league.id() + "/" + lastMonth;
        mvc.perform(get("/benefit/allowances/" + league.id()).param("month", lastMonth.toString()).session(regulator))
                .andExpect(redirectedUrl(monthPage));
        mvc.perform(get(monthPage).session(regulator))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html"), containsString(scenario.name(own)),
                        not(containsString(scenario.name(elsewhere))), containsString("共 1 条"))));
        mvc.perform(get(monthPage).param("status", "DUE").session(regulator).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"allowance-rows\""), containsString(scenario.name(own)),
                        not(containsString("<html")))));
        mvc.perform(get(monthPage).param("division", "152201000000").session(regulator))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("不在您的辖区内"), containsString(scenario.name(own)))));

        mvc.perform(post("/benefit/allowances/" + league.id() + "/generate").session(regulator).with(csrf())
                        .param("month", scenario.currentMonth().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("由上级民政部门生成和补发")));
        assertThat(scenario.rows(league)).isEqualTo(2);

        String token = "Bearer " + tokens.issue(TestAccounts.REGION_ADMIN, "regulator", "allowance test", null).secret();
        mvc.perform(get("/api/v1/benefit/allowances").header("Authorization", token)
                        .param("programme", String.valueOf(league.id())).param("month", lastMonth.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.rows[0].elderId").value(own))
                .andExpect(jsonPath("$.rows[0].amount.fen").value(5_000));
        mvc.perform(get("/api/v1/benefit/allowances").header("Authorization", token)
                        .param("programme", String.valueOf(league.id())).param("month", "May"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("ledger.error.allowanceMonthInvalid"));
    }

    @Test
    void theGenerateFormRefusesAFutureOrCompleteMonthAndPaysAMonthOnce() throws Exception {
        Programme banner = programme(ProgrammeKind.SERVICE_SUBSIDY, AllowanceScenario.BANNER, 3_000);
        enrolled(banner, AllowanceScenario.BANNER_VILLAGE);
        MockHttpSession regulator = signIn("regulator");
        String generate = "/benefit/allowances/" + banner.id() + "/generate";

        mvc.perform(post(generate).session(regulator).with(csrf()).param("month", scenario.currentMonth().plusMonths(1).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("还没有到"), containsString("id=\"problem-" + banner.id() + "\""))));
        mvc.perform(post(generate).session(regulator).with(csrf()).param("month", "上个月"))
                .andExpect(content().string(containsString("请选择月份")));
        assertThat(scenario.rows(banner)).isZero();

        mvc.perform(post(generate).session(regulator).with(csrf()).param("month", lastMonth.toString()))
                .andExpect(redirectedUrl("/benefit/allowances?page=0"))
                .andExpect(flash().attribute("notice", "ledger.allowance.generated"));
        mvc.perform(post(generate).session(regulator).with(csrf()).param("month", lastMonth.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已全部生成")));
        assertThat(scenario.rows(banner)).isEqualTo(1);
        mvc.perform(post("/benefit/allowances/" + banner.id() + "/reissue").session(regulator).with(csrf()))
                .andExpect(flash().attribute("notice", "ledger.allowance.reissued"));
        assertThat(scenario.rows(banner)).as("the month before, when the enrolment began").isEqualTo(2);
        mvc.perform(post("/benefit/allowances/" + banner.id() + "/reissue").session(regulator).with(csrf()))
                .andExpect(flash().attribute("notice", "ledger.allowance.reissuedNothing"));
        assertThat(scenario.rows(banner)).isEqualTo(2);

        String token = "Bearer " + tokens.issue(TestAccounts.REGION_ADMIN, "regulator", "allowance test", null).secret();
        mvc.perform(post("/api/v1/benefit/allowances/" + banner.id() + "/" + lastMonth).header("Authorization", token))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ledger.error.allowanceMonthComplete"));
    }

    @Test
    void aRegulatorRecordsAnAllowanceOwedBackAsRecovered() throws Exception {
        Programme banner = programme(ProgrammeKind.HIGH_AGE_ALLOWANCE, AllowanceScenario.BANNER, 10_000);
        long elder = enrolled(banner, AllowanceScenario.BANNER_VILLAGE);
        allowances.generate(TestAccounts.REGION_ADMIN, banner.id(), lastMonth);
        scenario.setStatus(banner, elder, lastMonth, "RECOVERY");
        long id = (Long) scenario.allowance(banner, elder, lastMonth).get("id");
        MockHttpSession regulator = signIn("regulator");
        String monthPage = "/benefit/allowances/" + banner.id() + "/" + lastMonth;

        mvc.perform(get(monthPage).param("status", "RECOVERY").session(regulator))
                .andExpect(content().string(allOf(containsString("id=\"recovered-" + id + "\""), containsString("待追回"))));
        mvc.perform(post("/benefit/allowances/rows/" + id + "/recovered").session(regulator).with(csrf())
                        .param("programme", String.valueOf(banner.id())).param("month", lastMonth.toString()))
                .andExpect(redirectedUrl(monthPage + "?status=RECOVERY"))
                .andExpect(flash().attribute("notice", "ledger.allowance.recoveredDone"));

        assertThat(scenario.status(banner, elder, lastMonth)).isEqualTo("RECOVERED");
        scenario.assertLedgerBalances(banner);
    }

    @Test
    void onlyRegulatorsAndAdministratorsSeeAllowancesAndAnotherDivisionsProgrammeIsNotFound() throws Exception {
        Programme elsewhere = programme(ProgrammeKind.HIGH_AGE_ALLOWANCE, "152201000000", 1_000);

        mvc.perform(get("/benefit/allowances").session(signIn("operator"))).andExpect(status().isForbidden());
        mvc.perform(get("/benefit/allowances/" + elsewhere.id() + "/" + lastMonth).session(signIn("regulator")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("不在您的辖区内")));
    }

    /** The part of the overview about one programme. */
    private static String section(String page, Programme p) {
        int start = page.indexOf("id=\"programme-" + p.id() + "\"");
        assertThat(start).as("programme %s on the page", p.id()).isNotNegative();
        return page.substring(start, page.indexOf("</section>", start));
    }

    private Programme programme(ProgrammeKind kind, String division, long monthlyFen) {
        return fixtures.programme(kind, division, AllowanceScenario.NOBODY_MATCHES, RuleAmounts.monthly(Money.ofFen(monthlyFen)));
    }

    private long enrolled(Programme p, String village) {
        long elder = scenario.elder(village);
        scenario.enrol(p, elder, lastMonth.minusMonths(1).atDay(1));
        return elder;
    }

    private MockHttpSession signIn(String username) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", username)
                .param("password", "Yiyang@2026").with(csrf())).andReturn().getRequest().getSession();
        session.removeAttribute(PasswordChangeGate.REQUIRED);
        return session;
    }
}
