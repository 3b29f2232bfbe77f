package org.yiyang.elder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.yiyang.IntegrationTest;
import org.yiyang.identity.Role;
import org.yiyang.identity.internal.AccountAdministration;

@IntegrationTest
class FamilyLinksTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountAdministration administration;

    @Autowired
    ElderRegistry registry;

    @Autowired
    FamilyLinks links;

    private FamilyScenario scenario;

    @BeforeEach
    void scenario() {
        scenario = new FamilyScenario(mvc, jdbc, administration);
    }

    @Test
    void aFamilyMemberAsksByIdNumberAnOperatorConfirmsAndTheFamilyMemberSeesTheElderAndEditsAContact() throws Exception {
        String idNumber = TestElders.idNumber("152201", 1941);
        long elderId = scenario.elder(registry, "阿拉坦其其格", idNumber);
        MockHttpSession family = scenario.newFamilyMember();

        scenario.request(family, idNumber, "CHILD")
                .andExpect(redirectedUrl("/my/elders")).andExpect(flash().attribute("notice", "family.request.sent"));
        mvc.perform(get("/my/elders").session(family))
                .andExpect(content().string(containsString("已提交，等待确认")))
                .andExpect(content().string(not(containsString("阿拉坦其其格"))));
        mvc.perform(get("/my/elders/" + elderId).session(family)).andExpect(status().isNotFound());

        MockHttpSession operator = scenario.signIn("operator");
        long linkId = scenario.pendingLink(elderId);
        mvc.perform(get("/elders/links").param("status", "REQUESTED").session(operator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-link=\"" + linkId + "\"")))
                .andExpect(content().string(containsString("阿拉坦其其格")));
        mvc.perform(post("/elders/links/" + linkId + "/confirm").session(operator).with(csrf()))
                .andExpect(redirectedUrl("/elders/links"));
        assertThat(scenario.status(linkId)).isEqualTo("CONFIRMED");

        mvc.perform(get("/my/elders").session(family)).andExpect(content().string(containsString("阿拉坦其其格")));
        mvc.perform(get("/my/elders/" + elderId).session(family))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(FamilyScenario.masked(idNumber))))
                .andExpect(content().string(not(containsString(idNumber))));

        mvc.perform(post("/my/elders/" + elderId + "/contacts").session(family).with(csrf())
                        .param("name", "阿拉坦之子").param("relation", "CHILD").param("phone", "13804711234")
                        .param("priority", "1").param("note", "在包头工作"))
                .andExpect(redirectedUrl("/my/elders/" + elderId));
        long contactId = jdbc.sql("SELECT id FROM elder_contact WHERE elder_id = :e").param("e", elderId)
                .query(Long.class).single();
        mvc.perform(post("/my/elders/" + elderId + "/contacts/" + contactId).session(family).with(csrf())
                        .param("name", "阿拉坦之子 巴图").param("relation", "CHILD").param("phone", "")
                        .param("priority", "1").param("note", "周末在家"))
                .andExpect(redirectedUrl("/my/elders/" + elderId));
        mvc.perform(get("/my/elders/" + elderId).session(family))
                .andExpect(content().string(containsString("阿拉坦之子 巴图")))
                .andExpect(content().string(containsString("138****1234")))
                .andExpect(content().string(containsString("周末在家")));
    }

    @Test
    void theElderConfirmsARequestAboutThemselfFromTheHomePageInThreeSteps() throws Exception {
        String idNumber = TestElders.idNumber("152201", 1936);
        long elderId = scenario.elder(registry, "斯琴高娃", idNumber);
        String elderAccount = scenario.account(Role.ELDER, FamilyScenario.BANNER);
        MockHttpSession operator = scenario.signIn("operator");
        mvc.perform(post("/elders/" + elderId + "/account").session(operator).with(csrf())
                        .param("username", scenario.account(Role.FAMILY, FamilyScenario.BANNER)))
                .andExpect(flash().attribute("accountProblem", "family.error.notElderAccount"));
        mvc.perform(post("/elders/" + elderId + "/account").session(operator).with(csrf()).param("username", elderAccount))
                .andExpect(redirectedUrl("/elders/" + elderId + "/family"));
        MockHttpSession family = scenario.newFamilyMember();
        scenario.request(family, idNumber, "SPOUSE").andExpect(redirectedUrl("/my/elders"));

        MockHttpSession elder = scenario.signIn(elderAccount);
        mvc.perform(get("/").session(elder))
                .andExpect(content().string(containsString("href=\"/my/elder/requests\"")))
                .andExpect(content().string(containsString("家人申请")));
        long linkId = scenario.pendingLink(elderId);
        mvc.perform(get("/my/elder/requests").session(elder))
                .andExpect(content().string(containsString("Test FAMILY 说是您的配偶")))
                .andExpect(content().string(containsString("/my/elder/requests/" + linkId + "/confirm")));
        mvc.perform(post("/my/elder/requests/" + linkId + "/confirm").session(elder).with(csrf()))
                .andExpect(redirectedUrl("/my/elder/requests"))
                .andExpect(flash().attribute("notice", "family.confirmed"));

        assertThat(scenario.status(linkId)).isEqualTo("CONFIRMED");
        assertThat(jdbc.sql("SELECT decided_role FROM elder_family_link WHERE id = :id").param("id", linkId)
                .query(String.class).single()).isEqualTo("ELDER");
        mvc.perform(get("/my/elders/" + elderId).session(family)).andExpect(content().string(containsString("斯琴高娃")));
        mvc.perform(get("/my/elder").session(elder))
                .andExpect(content().string(containsString("斯琴高娃")))
                .andExpect(content().string(containsString(FamilyScenario.masked(idNumber))));
    }

    @Test
    void anElderRejectsWithAReasonAndEitherSideRevokesAConfirmedLink() throws Exception {
        String idNumber = TestElders.idNumber("152201", 1939);
        long elderId = scenario.elder(registry, "朝鲁门", idNumber);
        String elderAccount = scenario.account(Role.ELDER, FamilyScenario.BANNER);
        MockHttpSession operator = scenario.signIn("operator");
        mvc.perform(post("/elders/" + elderId + "/account").session(operator).with(csrf()).param("username", elderAccount));
        MockHttpSession elder = scenario.signIn(elderAccount);
        MockHttpSession family = scenario.newFamilyMember();

        scenario.request(family, idNumber, "CHILD");
        long rejected = scenario.pendingLink(elderId);
        mvc.perform(post("/my/elder/requests/" + rejected + "/reject").session(elder).with(csrf())
                .param("reason", "不认识这个人")).andExpect(flash().attribute("notice", "family.rejected"));
        assertThat(scenario.status(rejected)).isEqualTo("REJECTED");
        mvc.perform(get("/my/elders").session(family)).andExpect(content().string(containsString("未通过")))
                .andExpect(content().string(containsString("不认识这个人")));
        mvc.perform(post("/elders/links/" + rejected + "/confirm").session(operator).with(csrf()))
                .andExpect(flash().attribute("problem", "family.error.notPending"));

        scenario.request(family, idNumber, "CHILD");
        long byFamily = scenario.pendingLink(elderId);
        mvc.perform(post("/my/elder/requests/" + byFamily + "/confirm").session(elder).with(csrf()));
        mvc.perform(post("/my/elders/" + elderId + "/revoke").session(family).with(csrf()).param("reason", "换了账号"))
                .andExpect(redirectedUrl("/my/elders"));
        assertThat(scenario.status(byFamily)).isEqualTo("REVOKED");
        mvc.perform(get("/my/elders/" + elderId).session(family)).andExpect(status().isNotFound());

        scenario.request(family, idNumber, "CHILD");
        long byElder = scenario.pendingLink(elderId);
        mvc.perform(post("/elders/links/" + byElder + "/reject").session(operator).with(csrf()).param("reason", ""))
                .andExpect(flash().attribute("problem", "family.error.reasonRequired"));
        mvc.perform(post("/elders/links/" + byElder + "/confirm").session(operator).with(csrf()));
        mvc.perform(post("/my/elder/requests/" + byElder + "/revoke").session(elder).with(csrf()))
                .andExpect(flash().attribute("notice", "family.revoked"));
        assertThat(scenario.status(byElder)).isEqualTo("REVOKED");
        mvc.perform(get("/my/elders/" + elderId).session(family)).andExpect(status().isNotFound());
    }

    @Test
    void aFamilyMemberGetsNotFoundForAnyOtherElderAndForbiddenOnTheRegistry() throws Exception {
        String idNumber = TestElders.idNumber("152201", 1942);
        long linked = scenario.elder(registry, "孟和巴雅尔", idNumber);
        long other = scenario.elder(registry, "乌日娜", TestElders.idNumber("152201", 1943));
        MockHttpSession family = scenario.newFamilyMember();
        scenario.request(family, idNumber, "GRANDCHILD");
        long linkId = scenario.pendingLink(linked);
        mvc.perform(post("/elders/links/" + linkId + "/confirm")
                .session(scenario.signIn("operator")).with(csrf()));
        mvc.perform(get("/my/elders/" + linked).session(family)).andExpect(status().isOk());

        mvc.perform(get("/my/elders/" + other).session(family))
                .andExpect(status().isNotFound()).andExpect(content().string(not(containsString("乌日娜"))));
        mvc.perform(get("/my/elders/" + other + "/contacts/new").session(family)).andExpect(status().isNotFound());
        mvc.perform(post("/my/elders/" + other + "/contacts").session(family).with(csrf())
                        .param("name", "冒充者").param("relation", "CHILD").param("phone", "13800000000"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/my/elders/" + other + "/revoke").session(family).with(csrf())).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM elder_contact WHERE elder_id = :e").param("e", other)
                .query(Long.class).single()).isZero();

        mvc.perform(get("/elders").session(family)).andExpect(status().isForbidden());
        mvc.perform(get("/elders/" + linked).session(family)).andExpect(status().isForbidden());
        mvc.perform(get("/elders/" + linked + "/family").session(family)).andExpect(status().isForbidden());
        mvc.perform(get("/elders/links").session(family)).andExpect(status().isForbidden());
        mvc.perform(post("/elders/" + linked + "/contacts").session(family).with(csrf())
                .param("name", "x").param("relation", "CHILD").param("phone", "13800000000"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/elders/links/" + linkId + "/revoke").session(family).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(scenario.status(linkId)).isEqualTo("CONFIRMED");
    }

    @Test
    void theAnswerIsTheSameForARegisteredAndAnUnregisteredIdNumber() throws Exception {
        String registered = TestElders.idNumber("152201", 1944);
        long elderId = scenario.elder(registry, "萨仁图雅", registered);
        String unregistered = TestElders.idNumber("152201", 1945);
        MockHttpSession first = scenario.newFamilyMember();
        MockHttpSession second = scenario.newFamilyMember();

        MvcResult matched = scenario.request(first, registered, "CHILD").andReturn();
        MvcResult unmatched = scenario.request(second, unregistered, "CHILD").andReturn();
        assertThat(unmatched.getResponse().getStatus()).isEqualTo(matched.getResponse().getStatus());
        assertThat(unmatched.getResponse().getRedirectedUrl()).isEqualTo(matched.getResponse().getRedirectedUrl());
        assertThat((Map<String, Object>) unmatched.getFlashMap()).isEqualTo(matched.getFlashMap());

        String matchedList = requestRows(mvc.perform(get("/my/elders").session(first)).andReturn());
        String unmatchedList = requestRows(mvc.perform(get("/my/elders").session(second)).andReturn());
        assertThat(unmatchedList.replace(FamilyScenario.masked(unregistered), "ID"))
                .isEqualTo(matchedList.replace(FamilyScenario.masked(registered), "ID"));
        assertThat(matchedList).contains("已提交，等待确认").doesNotContain("萨仁图雅");

        var stored = jdbc.sql("SELECT elder_id, status, reason, decided_role FROM elder_family_link WHERE id = "
                + "(SELECT MAX(id) FROM elder_family_link WHERE id_number_masked = :m)")
                .param("m", FamilyScenario.masked(unregistered)).query().singleRow();
        assertThat(stored).containsEntry("elder_id", null).containsEntry("status", "REJECTED")
                .containsEntry("reason", "no match").containsEntry("decided_role", "SYSTEM");
        assertThat(scenario.pendingLink(elderId)).isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM elder_family_link WHERE id_number_masked = :m")
                .param("m", FamilyScenario.masked(registered)).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void aFamilyAccountMayAskAtMostFiveTimesADayAndIsToldSoClearly() throws Exception {
        MockHttpSession family = scenario.newFamilyMember();
        for (int i = 0; i < 5; i++) {
            scenario.request(family, TestElders.idNumber("152201", 1930 + i), "OTHER_RELATIVE")
                    .andExpect(redirectedUrl("/my/elders"));
        }
        String sixth = TestElders.idNumber("152201", 1935);
        scenario.request(family, sixth, "OTHER_RELATIVE")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("今天已经提交了 5 次申请")))
                .andExpect(content().string(containsString("role=\"alert\"")))
                .andExpect(content().string(containsString("value=\"" + sixth + "\"")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM elder_family_link WHERE id_number_masked = :m")
                .param("m", FamilyScenario.masked(sixth)).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_audit_event WHERE action = 'FAMILY_LINK_RATE_LIMITED'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void aRegulatorOfAnotherLeagueNeitherSeesNorDecidesTheRequest() throws Exception {
        String idNumber = TestElders.idNumber("152201", 1946);
        long elderId = scenario.elder(registry, "额尔德尼", idNumber);
        scenario.request(scenario.newFamilyMember(), idNumber, "CHILD");
        long linkId = scenario.pendingLink(elderId);
        MockHttpSession outsider = scenario.signIn(scenario.account(Role.REGULATOR, "150700000000"));

        mvc.perform(get("/elders/links").session(outsider))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("额尔德尼"))))
                .andExpect(content().string(not(containsString("data-link=\"" + linkId + "\""))));
        mvc.perform(post("/elders/links/" + linkId + "/confirm").session(outsider).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/elders/links/" + linkId + "/reject").session(outsider).with(csrf()).param("reason", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/elders/" + elderId + "/family").session(outsider)).andExpect(status().isNotFound());
        assertThat(scenario.status(linkId)).isEqualTo("REQUESTED");

        mvc.perform(get("/elders/links").session(scenario.signIn("regulator")))
                .andExpect(content().string(containsString("data-link=\"" + linkId + "\"")));
    }

    @Test
    void everyDecisionIsAuditedAgainstTheElderWithoutPersonalData() throws Exception {
        String idNumber = TestElders.idNumber("152201", 1947);
        long elderId = scenario.elder(registry, "图门吉日嘎拉", idNumber);
        MockHttpSession family = scenario.newFamilyMember();
        MockHttpSession operator = scenario.signIn("operator");
        scenario.request(family, idNumber, "CHILD");
        long first = scenario.pendingLink(elderId);
        mvc.perform(post("/elders/links/" + first + "/reject").session(operator).with(csrf()).param("reason", "电话核实不符"));
        scenario.request(family, idNumber, "CHILD");
        mvc.perform(post("/elders/links/" + scenario.pendingLink(elderId) + "/confirm").session(operator).with(csrf()));
        mvc.perform(post("/my/elders/" + elderId + "/revoke").session(family).with(csrf()));

        List<Map<String, Object>> records = jdbc.sql("""
                        SELECT action, outcome, target, detail, division_code FROM identity_audit_event
                        WHERE target = :target ORDER BY seq""")
                .param("target", "elder:" + elderId).query().listOfRows();
        assertThat(records).extracting(r -> r.get("action")).containsSubsequence("FAMILY_LINK_REQUESTED",
                "FAMILY_LINK_REJECTED", "FAMILY_LINK_REQUESTED", "FAMILY_LINK_CONFIRMED", "FAMILY_LINK_REVOKED");
        assertThat(records).allSatisfy(r -> {
            assertThat(String.valueOf(r.get("division_code"))).isEqualTo(TestElders.HINGGAN_VILLAGE);
            assertThat(String.valueOf(r.get("detail"))).doesNotContain(idNumber.substring(6, 14))
                    .doesNotContain("图门").doesNotContain("电话核实");
        });
    }

    @Test
    void theStaffDeskListsPendingRequestsFirstAndAnswersHtmxWithTheRowsOnly() throws Exception {
        String idNumber = TestElders.idNumber("152201", 1948);
        long elderId = scenario.elder(registry, "包金花", idNumber);
        scenario.request(scenario.newFamilyMember(), idNumber, "CHILD");
        MockHttpSession operator = scenario.signIn("operator");

        mvc.perform(get("/elders/links").header("HX-Request", "true").session(operator))
                .andExpect(content().string(containsString("id=\"link-rows\"")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/elders/" + elderId + "/family").header("HX-Request", "true").session(operator))
                .andExpect(content().string(containsString("包金花")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/elders/" + elderId).session(operator))
                .andExpect(content().string(containsString("hx-get=\"/elders/" + elderId + "/family\"")));

        var desk = links.desk(FamilyScenario.BANNER_OPERATOR, null, 0, 100).items();
        int lastPending = desk.stream().filter(FamilyLink::pending).mapToInt(desk::indexOf).max().orElse(-1);
        int firstDecided = desk.stream().filter(l -> !l.pending()).mapToInt(desk::indexOf).min().orElse(desk.size());
        assertThat(lastPending).isLessThan(firstDecided);
        assertThat(desk).extracting(FamilyLink::elderId).contains(elderId);
    }

    /** The requester's own list, from its table on. */
    private static String requestRows(MvcResult result) throws Exception {
        String page = result.getResponse().getContentAsString();
        String rows = page.substring(page.indexOf("<tbody>"), page.indexOf("</tbody>"));
        return rows.replaceAll("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}", "TIME");
    }
}
