package org.yiyang.benefit;

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

import java.time.LocalDate;
import java.util.List;

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
import org.yiyang.benefit.ConditionField.Operator;
import org.yiyang.benefit.internal.BenefitFixtures;
import org.yiyang.benefit.internal.EligibilityFixtures;
import org.yiyang.elder.CapabilityAssessments;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.identity.Role;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.identity.internal.ApiTokens;
import org.yiyang.identity.internal.PasswordChangeGate;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.Money;

/** The eligibility pages and API as regulators, an elder's family and outsiders use them. */
@IntegrationTest
class EligibilityPagesTests {

    @Autowired MockMvc mvc;
    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired BenefitFixtures programmes;
    @Autowired ElderRegistry registry;
    @Autowired CapabilityAssessments assessments;
    @Autowired FamilyLinks links;
    @Autowired AccountAdministration administration;
    @Autowired ApiTokens tokens;
    @Autowired DivisionDirectory divisions;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    EligibilityFixtures elders;
    LocalDate today;
    String village;
    String league;

    @BeforeEach
    void village() {
        elders = new EligibilityFixtures(registry, assessments, links, administration, divisions, jdbc);
        today = ChinaTime.today(clock);
        village = elders.village(EligibilityFixtures.QUIET_LEAGUES.get(3));
        league = EligibilityFixtures.leagueOf(village);
    }

    @Test
    void aRegionRegulatorRunsEligibilityNowAndAnHtmxRequestGetsTheRowsOnly() throws Exception {
        MockHttpSession regulator = signIn(TestAccounts.create(administration, Role.REGULATOR, "150000000000"));
        Programme p = highAge(village, List.of());

        mvc.perform(get("/benefit/eligibility").session(regulator))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html"), containsString("id=\"run-now\""),
                        containsString("将比对全部在办项目"))));
        mvc.perform(post("/benefit/eligibility/run").session(regulator).with(csrf()))
                .andExpect(redirectedUrl("/benefit/eligibility"))
                .andExpect(flash().attributeExists("ran"));
        mvc.perform(get("/benefit/eligibility").session(regulator).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"run-rows\""),
                        containsString("data-programme=\"" + p.id() + "\""), not(containsString("<html")))));
    }

    @Test
    void aBannerRegulatorRunsTheirOwnProgrammesAndAnOperatorMayNotRunAtAll() throws Exception {
        MockHttpSession banner = signIn(TestAccounts.create(administration, Role.REGULATOR, EligibilityFixtures.bannerOf(village)));
        MockHttpSession operator = signIn(TestAccounts.create(administration, Role.OPERATOR, league));

        mvc.perform(get("/benefit/eligibility").session(banner))
                .andExpect(status().isOk()).andExpect(content().string(containsString("将比对本辖区的在办项目")));
        mvc.perform(get("/benefit/eligibility").session(operator)).andExpect(status().isForbidden());
        mvc.perform(post("/benefit/eligibility/run").session(operator).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void confirmedFamilyReadsTheElderPageAndTheExplanationAnotherLeaguesRegulatorFindsNothing() throws Exception {
        long elder = elders.elder(village, today.minusYears(81));
        long familyAccount = elders.linkedFamily(elder, village);
        elders.settled(elder);
        Programme p = highAge(village, List.of(Condition.of(ConditionField.AGE, Operator.AT_LEAST, "80")));
        MockHttpSession family = signIn(username(familyAccount));
        MockHttpSession stranger = signIn(TestAccounts.create(administration, Role.REGULATOR, "152200000000"));

        mvc.perform(get("/benefit/elders/" + elder).session(family))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-programme=\"" + p.id() + "\""),
                        containsString("data-eligible=\"true\""),
                        containsString("/benefit/elders/" + elder + "/explain?programme=" + p.id()))));
        mvc.perform(get("/benefit/elders/" + elder + "/explain").param("programme", Long.toString(p.id())).session(family))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-subject=\"AGE\" data-passed=\"true\""),
                        containsString("data-subject=\"REGISTRY_STATUS\""), containsString("通过"), containsString("81"))));
        mvc.perform(get("/benefit/elders/" + elder).session(stranger))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("找不到该老人或项目")));
    }

    @Test
    void theApiExplainsAnElderToStaffOfTheirDivisionAsJson() throws Exception {
        long elder = elders.elder(village, today.minusYears(75));
        Programme p = highAge(village, List.of(Condition.of(ConditionField.AGE, Operator.AT_LEAST, "80")));
        String operator = TestAccounts.create(administration, Role.OPERATOR, league);
        String token = "Bearer " + tokens.issue(TestAccounts.REGION_ADMIN, operator, "eligibility", null).secret();
        String outsider = TestAccounts.create(administration, Role.OPERATOR, "150700000000");
        String outsiderToken = "Bearer " + tokens.issue(TestAccounts.REGION_ADMIN, outsider, "eligibility", null).secret();

        mvc.perform(get("/api/v1/benefit/elders/" + elder + "/eligibility").header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.elderId").value(elder))
                .andExpect(jsonPath("$.programmes[?(@.programmeId == " + p.id() + ")].eligible").value(false))
                .andExpect(jsonPath("$.programmes[?(@.programmeId == " + p.id() + ")].conditions[2].actual[0].value").value("75"));
        mvc.perform(get("/api/v1/benefit/elders/" + elder + "/eligibility").header("Authorization", outsiderToken))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("eligibility.error.notFound"));
    }

    @Test
    void aRegulatorSeesTheWhatIfOfADraft() throws Exception {
        elders.elder(village, today.minusYears(77));
        Programme p = highAge(village, List.of(Condition.of(ConditionField.AGE, Operator.AT_LEAST, "80")));
        long draft = EligibilityFixtures.draftRule(context, p, List.of(Condition.of(ConditionField.AGE, Operator.AT_LEAST, "75")),
                RuleAmounts.monthly(Money.ofFen(5_000)));
        MockHttpSession regulator = signIn(TestAccounts.create(administration, Role.REGULATOR, league));

        mvc.perform(get("/benefit/programmes/" + p.id() + "/rules/" + draft + "/what-if").session(regulator))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"what-if\""),
                        containsString("data-division=\"" + EligibilityFixtures.bannerOf(village) + "\""),
                        containsString("+1"), containsString("¥50.00"))));
    }

    @Test
    void aRegulatorApprovesFromTheProposalsPageAndADeclineWithoutReasonIsShownAgain() throws Exception {
        long first = elders.elder(village, today.minusYears(85));
        long second = elders.elder(village, today.minusYears(86));
        elders.settled(first, second);
        Programme p = programmes.programme(ProgrammeKind.SERVICE_SUBSIDY, Payout.SUBSIDY_WALLET, EnrolmentMode.PROPOSED,
                village, List.of(), RuleAmounts.monthly(Money.ofFen(5_000)));
        MockHttpSession regulator = signIn(TestAccounts.create(administration, Role.REGULATOR, league));
        mvc.perform(post("/benefit/eligibility/run").session(signIn(TestAccounts.create(administration, Role.ADMIN,
                "150000000000"))).with(csrf())).andExpect(status().is3xxRedirection());
        long firstProposal = proposal(p, first);

        mvc.perform(get("/benefit/programmes/" + p.id() + "/proposals").session(regulator))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html"), containsString("id=\"select-all\""),
                        containsString("data-enrolment=\"" + firstProposal + "\""))));
        mvc.perform(get("/benefit/programmes/" + p.id() + "/proposals").session(regulator).header("HX-Request", "true"))
                .andExpect(content().string(allOf(containsString("id=\"proposal-rows\""), not(containsString("<html")))));
        mvc.perform(post("/benefit/programmes/" + p.id() + "/proposals/decline").session(regulator).with(csrf())
                        .param("ids", Long.toString(firstProposal)).param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"proposal-problem\""), containsString("请填写不予纳入的原因"))));
        mvc.perform(post("/benefit/programmes/" + p.id() + "/proposals/approve").session(regulator).with(csrf())
                        .param("ids", Long.toString(firstProposal)))
                .andExpect(redirectedUrl("/benefit/programmes/" + p.id() + "/proposals?page=0"))
                .andExpect(flash().attribute("decision", new ProposalDecision(1, 0, 0)));
        mvc.perform(get("/benefit/programmes/" + p.id() + "/proposals").session(regulator))
                .andExpect(content().string(not(containsString("data-enrolment=\"" + firstProposal + "\""))));
    }

    private Programme highAge(String division, List<Condition> conditions) {
        return programmes.programme(ProgrammeKind.HIGH_AGE_ALLOWANCE, division, conditions, RuleAmounts.monthly(Money.ofFen(5_000)));
    }

    private long proposal(Programme p, long elder) {
        return jdbc.sql("SELECT id FROM benefit_enrolment WHERE programme_id = :p AND elder_id = :e AND status = 'PROPOSED'")
                .param("p", p.id()).param("e", elder).query(Long.class).single();
    }

    private String username(long accountId) {
        return jdbc.sql("SELECT username FROM identity_account WHERE id = :id").param("id", accountId).query(String.class).single();
    }

    private MockHttpSession signIn(String username) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", username)
                .param("password", TestAccounts.PASSWORD).with(csrf())).andReturn().getRequest().getSession();
        session.removeAttribute(PasswordChangeGate.REQUIRED);
        return session;
    }
}
