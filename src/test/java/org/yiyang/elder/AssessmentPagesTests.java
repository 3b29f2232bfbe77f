package org.yiyang.elder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Language;

@IntegrationTest
class AssessmentPagesTests {

    static final String VILLAGE = "152221103001"; // 大石寨镇 阳光社区
    static final Viewer OPERATOR = new Viewer(3, "banner-operator", "O", Role.OPERATOR, DivisionCode.of("152221000000"));
    static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    @Autowired
    MockMvc mvc;

    @Autowired
    ElderRegistry registry;

    @Autowired
    CapabilityAssessments assessments;

    @Autowired
    AccountAdministration administration;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAssessorStartsAnAssessmentSavesADraftWithHtmxAndIsToldWhichItemsAreMissing() throws Exception {
        MockHttpSession assessor = signIn("assessor", "Yiyang@2026");
        long elder = newElder();
        String form = mvc.perform(post("/elders/" + elder + "/assessments").session(assessor).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(form.substring(form.lastIndexOf('/') + 1));

        mvc.perform(get(form).session(assessor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("独立使用器具将食物送进口中并咽下，没有呛咳")))
                .andExpect(content().string(containsString("hx-post=\"/assessments/" + id + "\"")))
                .andExpect(content().string(containsString("value=\"assessor\"")));
        mvc.perform(answers(post(form), Map.of("item-B1.1", "3", "item-B4.5", "2")).session(assessor).with(csrf())
                        .header("HX-Request", "true").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("草稿已保存")))
                .andExpect(content().string(containsString("id=\"assessment-version\"")))
                .andExpect(content().string(containsString("hx-swap-oob=\"true\"")));
        assertThat(assessments.find(viewer(), id).orElseThrow().answers()).containsOnlyKeys("B1.1", "B4.5");

        mvc.perform(answers(post(form + "/complete"), Map.of("item-B1.1", "3", "item-B4.5", "2")).session(assessor)
                        .with(csrf()).param("version", "1").param("assessor1", "assessor").param("assessor2", "assessor").param("place", "家中")
                        .param("assessedOn", TODAY))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("还有 24 项没有评")))
                .andExpect(content().string(containsString("B1.2 修饰")))
                .andExpect(content().string(containsString("两位评估员不能是同一个人")))
                .andExpect(content().string(containsString("class=\"item item-missing\"")))
                .andExpect(content().string(containsString("name=\"item-B1.1\" value=\"3\" checked=\"checked\"")))
                .andExpect(content().string(containsString("value=\"家中\"")));
        assertThat(assessments.find(viewer(), id).orElseThrow().status()).isEqualTo(AssessmentStatus.DRAFT);
    }

    @Test
    void aCompletedAssessmentShowsOnTheTimelineAndItsPrintableReportListsAll26Items() throws Exception {
        long elder = newElder();
        long id = completed(elder);
        MockHttpSession regulator = signIn("regulator", "Yiyang@2026");

        mvc.perform(get("/elders/" + elder + "/assessments").session(regulator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-assessment=\"" + id + "\"")))
                .andExpect(content().string(containsString("aria-current=\"true\"")))
                .andExpect(content().string(containsString("当前等级依据此次评估")));
        String report = mvc.perform(get("/assessments/" + id + "/report").session(regulator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("老年人能力评估规范")))
                .andExpect(content().string(containsString("GB/T 42195-2022")))
                .andExpect(content().string(containsString("/js/assessment-report.js")))
                .andExpect(content().string(containsString("id=\"print-report\"")))
                .andExpect(content().string(containsString("确诊痴呆（F00–F03），提高一个等级")))
                .andExpect(content().string(not(containsString("<script>"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(Pattern.compile("data-item=\"B\\d\\.\\d\"").matcher(report).results().count()).isEqualTo(26);
        assertThat(report).contains("中度失能").contains("70 / 90 分").contains("老人家中");
        mvc.perform(get("/assessments/" + id).session(regulator))
                .andExpect(redirectedUrl("/assessments/" + id + "/report"));
    }

    @Test
    void theFormWorksInElderModeAndInEnglish() throws Exception {
        MockHttpSession assessor = signIn("assessor", "Yiyang@2026");
        long id = assessments.startDraft(viewer(), newElder());

        mvc.perform(get("/assessments/" + id).session(assessor).cookie(new Cookie("yy_elder", "1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"elder\"")))
                .andExpect(content().string(containsString("class=\"option\"")))
                .andExpect(content().string(containsString("/css/assessment.css")))
                .andExpect(content().string(containsString("id=\"item-B4.5\"")));
        mvc.perform(get("/assessments/" + id).session(assessor).cookie(new Cookie("yy_lang", "en")))
                .andExpect(content().string(containsString("Brings food to the mouth with utensils and swallows alone")))
                .andExpect(content().string(containsString("Save draft")));
        mvc.perform(get("/assessments/" + id).session(assessor).cookie(new Cookie("yy_lang", "mn-Mong")))
                .andExpect(content().string(containsString("独立使用器具将食物送进口中并咽下")))
                .andExpect(content().string(containsString("ᠨᠠᠶᠢᠷᠠᠭ ᠢ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ")));
    }

    @Test
    void anAssessorOfAnotherLeagueSeesNoneOfIt() throws Exception {
        long elder = newElder();
        long id = completed(elder);
        String other = TestAccounts.create(administration, Role.ASSESSOR, "150700000000");
        MockHttpSession outsider = signIn(other, TestAccounts.PASSWORD);
        outsider.removeAttribute("yy.mustChangePassword");

        mvc.perform(get("/elders/" + elder + "/assessments").session(outsider)).andExpect(status().isNotFound());
        mvc.perform(get("/assessments/" + id).session(outsider)).andExpect(status().isNotFound());
        mvc.perform(get("/assessments/" + id + "/report").session(outsider)).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("老人家中"))));
        mvc.perform(post("/elders/" + elder + "/assessments").session(outsider).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/assessments/" + id + "/void").session(outsider).with(csrf()).param("reason", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/assessments/worklist").session(outsider)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-elder=\"" + elder + "\""))));
        mvc.perform(get("/assessments").param("status", "COMPLETED").session(outsider)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-assessment=\"" + id + "\""))));
    }

    @Test
    void anOperatorMayNotOpenAssessments() throws Exception {
        MockHttpSession operator = signIn("operator", "Yiyang@2026");
        long id = assessments.startDraft(viewer(), newElder());

        mvc.perform(get("/assessments/" + id).session(operator)).andExpect(status().isForbidden());
        mvc.perform(get("/assessments/worklist").session(operator)).andExpect(status().isForbidden());
    }

    @Test
    void theAssessorHomeLinksTheWorklist() throws Exception {
        mvc.perform(get("/").session(signIn("assessor", "Yiyang@2026")))
                .andExpect(content().string(containsString("href=\"/assessments/worklist\"")))
                .andExpect(header().doesNotExist("HX-Redirect"));
    }

    long completed(long elder) {
        Viewer assessor = viewer();
        String colleague = TestAccounts.create(administration, Role.ASSESSOR, "152221000000");
        AssessmentSheet sheet = assessments.sheet(TestAssessments.STANDARD, TestAssessments.VERSION, Language.ZH);
        long id = assessments.startDraft(assessor, elder);
        return assessments.complete(assessor, id, TestAssessments.draft(TestAssessments.totalling(sheet, 70),
                "assessor", colleague, LocalDate.parse(TODAY), TestAssessments.diagnosed("F03"),
                java.util.List.of(), 0)).id();
    }

    static Viewer viewer() {
        return new Viewer(0, "assessor", "A", Role.ASSESSOR, DivisionCode.of("152221000000"));
    }

    static MockHttpServletRequestBuilder answers(MockHttpServletRequestBuilder request, Map<String, String> items) {
        items.forEach(request::param);
        return request;
    }

    long newElder() {
        return registry.register(OPERATOR, TestElders.draft("页面测试", TestElders.idNumber("152221", 1943), VILLAGE));
    }

    MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").param("username", username).param("password", password)
                .with(csrf())).andReturn().getRequest().getSession();
    }
}
