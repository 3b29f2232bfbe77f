package org.yiyang.elder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Language;

@IntegrationTest
class AssessmentWorklistTests {

    /** 德伯斯镇: only this class registers elders here, so the whole work list is known. */
    static final String TOWNSHIP = "152221102000";
    static final String VILLAGE = "152221102001";
    static final Viewer OPERATOR = new Viewer(3, "banner-operator", "O", Role.OPERATOR, DivisionCode.of("152221000000"));
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    CapabilityAssessments assessments;

    @Autowired
    ElderRegistry registry;

    @Autowired
    AccountAdministration administration;

    @Autowired
    MockMvc mvc;

    @Test
    void theWorklistHoldsTheNeverAssessedTheOverdueAndTheChangedButNotTheOneAssessedYesterday() throws Exception {
        String username = TestAccounts.create(administration, Role.ASSESSOR, TOWNSHIP);
        Viewer assessor = new Viewer(0, username, "A", Role.ASSESSOR, DivisionCode.of(TOWNSHIP));
        String colleague = TestAccounts.create(administration, Role.ASSESSOR, TOWNSHIP);
        AssessmentSheet sheet = assessments.sheet(TestAssessments.STANDARD, TestAssessments.VERSION, Language.ZH);

        long neverAssessed = newElder("从未评估");
        long overdue = newElder("逾期复评");
        complete(assessor, colleague, sheet, overdue, TODAY.minusMonths(13));
        long changed = newElder("情况变化");
        complete(assessor, colleague, sheet, changed, TODAY.minusDays(1));
        assessments.reportChangeOfCondition(OPERATOR, changed, "昨晚跌倒后卧床不起");
        long assessedYesterday = newElder("昨天评估");
        complete(assessor, colleague, sheet, assessedYesterday, TODAY.minusDays(1));

        Worklist list = assessments.worklist(assessor, 0, 200);

        assertThat(list.items()).extracting(WorklistEntry::elderId)
                .contains(neverAssessed, overdue, changed).doesNotContain(assessedYesterday);
        assertThat(list.items()).filteredOn(e -> e.elderId() == overdue).singleElement()
                .satisfies(e -> {
                    assertThat(e.routineDue()).isTrue();
                    assertThat(e.dueOn()).isEqualTo(TODAY.minusMonths(1));
                });
        assertThat(list.items()).filteredOn(e -> e.elderId() == neverAssessed).singleElement()
                .satisfies(e -> assertThat(e.neverAssessed()).isTrue());
        assertThat(list.items()).filteredOn(e -> e.elderId() == changed).singleElement()
                .satisfies(e -> assertThat(e.changeReported()).isTrue());
        assertThat(list.items().get(0).elderId()).as("the longest due first").isEqualTo(overdue);

        MockHttpSession session = signIn(username);
        mvc.perform(get("/assessments/worklist").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-elder=\"" + neverAssessed + "\"")))
                .andExpect(content().string(containsString("data-elder=\"" + overdue + "\"")))
                .andExpect(content().string(containsString("data-elder=\"" + changed + "\"")))
                .andExpect(content().string(not(containsString("data-elder=\"" + assessedYesterday + "\""))));

        complete(assessor, colleague, sheet, changed, TODAY);
        assertThat(assessments.worklist(assessor, 0, 200).items()).extracting(WorklistEntry::elderId)
                .as("the reassessment answers the change report").doesNotContain(changed);
        assertThat(assessments.conditionChanges(assessor, changed)).singleElement()
                .satisfies(c -> assertThat(c.open()).isFalse());
    }

    @Test
    void anOperatorReportsAChangeOfConditionFromTheElderFile() throws Exception {
        long elder = newElder("变化报告");
        MockHttpSession operator = (MockHttpSession) mvc.perform(post("/login").param("username", "operator")
                .param("password", "Yiyang@2026").with(csrf())).andReturn().getRequest().getSession();

        mvc.perform(get("/elders/" + elder).session(operator))
                .andExpect(content().string(containsString("id=\"condition-form\"")))
                .andExpect(content().string(not(containsString("id=\"assessments-link\""))));
        mvc.perform(post("/elders/" + elder + "/condition-changes").session(operator).with(csrf()).param("note", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/elders/" + elder + "/condition-changes").session(operator).with(csrf())
                        .param("note", "出院回家，需要重新评估"))
                .andExpect(status().is3xxRedirection());

        Viewer assessor = new Viewer(0, "assessor", "A", Role.ASSESSOR, DivisionCode.of("152221000000"));
        assertThat(assessments.conditionChanges(assessor, elder)).extracting(ConditionChange::note)
                .containsExactly("出院回家，需要重新评估");
    }

    void complete(Viewer assessor, String colleague, AssessmentSheet sheet, long elder, LocalDate on) {
        long id = assessments.startDraft(assessor, elder);
        int version = assessments.find(assessor, id).orElseThrow().version();
        assessments.complete(assessor, id, TestAssessments.draft(TestAssessments.totalling(sheet, 75),
                assessor.username(), colleague, on, HealthRecord.none(), List.of(), version));
    }

    long newElder(String name) {
        return registry.register(OPERATOR, TestElders.draft(name, TestElders.idNumber("152221", 1944), VILLAGE));
    }

    MockHttpSession signIn(String username) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", username)
                .param("password", TestAccounts.PASSWORD).with(csrf())).andReturn().getRequest().getSession();
        session.removeAttribute("yy.mustChangePassword");
        return session;
    }
}
