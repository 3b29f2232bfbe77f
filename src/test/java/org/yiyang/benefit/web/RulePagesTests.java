package org.yiyang.benefit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yiyang.IntegrationTest;
import org.yiyang.benefit.AgeBandAmount;
import org.yiyang.benefit.Condition;
import org.yiyang.benefit.ConditionField;
import org.yiyang.benefit.ConditionField.Operator;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.Programmes;
import org.yiyang.benefit.RuleStatus;
import org.yiyang.benefit.RuleVersion;
import org.yiyang.benefit.internal.ProgrammeScenario;
import org.yiyang.identity.internal.PasswordChangeGate;
import org.yiyang.shared.Money;

/** The rule editor as a regulator uses it: rows added and removed without losing what was typed, saved, checked, published. */
@IntegrationTest
class RulePagesTests {

    @Autowired MockMvc mvc;
    @Autowired Programmes programmes;

    MockHttpSession regulator;
    long programme;
    String base;

    @BeforeEach
    void aHighAgeProgrammeOfTheDemoBanner() throws Exception {
        regulator = (MockHttpSession) mvc.perform(post("/login").param("username", "regulator")
                .param("password", "Yiyang@2026").with(csrf())).andReturn().getRequest().getSession();
        regulator.removeAttribute(PasswordChangeGate.REQUIRED);
        programme = programmes.create(ProgrammeScenario.regulator(ProgrammeScenario.DEMO_BANNER),
                ProgrammeScenario.draft(ProgrammeKind.HIGH_AGE_ALLOWANCE, ProgrammeScenario.DEMO_BANNER, "100000"));
        base = "/benefit/programmes/" + programme + "/rules";
    }

    /**
     * The form as typed: age at least 80 and on minimum living support or low income, bands 80 → 100, 90 → 200,
     * 100 → 500 元; {@code changes} (name, value, name, value…) replace single values.
     */
    private MockHttpServletRequestBuilder typed(MockHttpServletRequestBuilder request, String... changes) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("effectiveFrom", "2026-01-01");
        values.put("effectiveTo", "");
        values.put("conditions[0].field", "AGE");
        values.put("conditions[0].operator", "AT_LEAST");
        values.put("conditions[0].text", "80");
        values.put("conditions[1].field", "CATEGORY");
        values.put("conditions[1].operator", "ANY_OF");
        values.put("monthlyYuan", "");
        values.put("ageBands[0].fromAge", "80");
        values.put("ageBands[0].yuan", "100");
        values.put("ageBands[1].fromAge", "90");
        values.put("ageBands[1].yuan", "200");
        values.put("ageBands[2].fromAge", "100");
        values.put("ageBands[2].yuan", "500");
        values.put("note", "分档发放");
        for (int i = 0; i + 1 < changes.length; i += 2) {
            values.put(changes[i], changes[i + 1]);
        }
        values.forEach(request::param);
        return request.session(regulator).with(csrf()).param("conditions[1].choices", "MINIMUM_LIVING", "LOW_INCOME");
    }

    /** The page with every run of white space as one space, so that attributes can be found side by side. */
    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString()
                .replaceAll("\\s+", " ");
    }

    @Test
    void rowsAreAddedAndRemovedWithoutLosingWhatWasTyped() throws Exception {
        mvc.perform(get(base + "/new").session(regulator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"rule-form\"")))
                .andExpect(content().string(containsString("id=\"add-condition\"")));

        String added = page(typed(post(base + "/form")).header("HX-Request", "true").param("change", "addCondition"));
        assertThat(added).doesNotContain("<html").contains("name=\"conditions[2].field\"")
                .contains("name=\"conditions[0].text\" value=\"80\"")
                .contains("value=\"MINIMUM_LIVING\" checked=\"checked\"").contains("name=\"ageBands[2].yuan\" value=\"500\"")
                .contains("分档发放");

        String removed = page(typed(post(base + "/form")).header("HX-Request", "true").param("change", "removeBand-0"));
        assertThat(removed).contains("name=\"ageBands[0].fromAge\" value=\"90\"").doesNotContain("ageBands[2]");

        String withoutScript = page(typed(post(base + "/form")).param("change", "addBand"));
        assertThat(withoutScript).contains("<html").contains("name=\"ageBands[3].fromAge\"");
    }

    @Test
    void choosingAFieldOffersItsOperatorsAndValues() throws Exception {
        String row = page(post(base + "/form").session(regulator).with(csrf()).header("HX-Request", "true")
                .param("conditions[0].field", "CAPABILITY_LEVEL").param("change", "refresh"));

        assertThat(row).contains("name=\"conditions[0].choices\" value=\"MODERATE\"")
                .contains("<option value=\"AT_LEAST\"").contains("<option value=\"ANY_OF\"")
                .doesNotContain("<option value=\"BELOW\"").doesNotContain("name=\"conditions[0].text\"");
    }

    @Test
    void aDraftIsSavedFromTheFormAndShownWithItsCheck() throws Exception {
        String location = mvc.perform(typed(post(base)))
                .andExpect(redirectedUrlPattern(base + "/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long ruleId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        RuleVersion saved = programmes.rule(ProgrammeScenario.ADMIN, programme, ruleId);
        assertThat(saved.conditions()).containsExactly(Condition.of(ConditionField.AGE, Operator.AT_LEAST, "80"),
                Condition.of(ConditionField.CATEGORY, Operator.ANY_OF, "MINIMUM_LIVING", "LOW_INCOME"));
        assertThat(saved.amounts().ageBands()).containsExactly(new AgeBandAmount(80, Money.ofFen(10_000)),
                new AgeBandAmount(90, Money.ofFen(20_000)), new AgeBandAmount(100, Money.ofFen(50_000)));
        assertThat(page(get(location).session(regulator))).contains("id=\"rule-reach\"")
                .contains("name=\"ageBands[2].yuan\" value=\"500.00\"").contains("/what-if").contains("id=\"publish-form\"");
    }

    @Test
    void aRefusedDraftKeepsEveryTypedValueAndSaysWhatIsWrongOnEachField() throws Exception {
        String refused = page(typed(post(base), "conditions[0].text", "eighty", "ageBands[1].yuan", "-2",
                "effectiveTo", "2025-01-01"));

        assertThat(refused).contains("value=\"eighty\"").contains("value=\"-2\"").contains("分档发放")
                .contains("年龄须为 0 至 150 的整数（填写的是“eighty”）")
                .contains("“-2”不是有效金额")
                .contains("截止日期不能早于生效日期")
                .contains("有 3 处需要修改")
                .contains("data-field=\"conditions[0].values\"").contains("data-field=\"ageBands[1].yuan\"");
        assertThat(programmes.details(ProgrammeScenario.ADMIN, programme).orElseThrow().rules()).isEmpty();
    }

    @Test
    void warningsMustBeConfirmedBeforePublishingAndAPublishedVersionIsEnded() throws Exception {
        String location = mvc.perform(post(base).session(regulator).with(csrf()).param("effectiveFrom", "2026-01-01")
                        .param("conditions[0].field", "AGE").param("conditions[0].operator", "AT_LEAST")
                        .param("conditions[0].text", "90")
                        .param("conditions[1].field", "AGE").param("conditions[1].operator", "BELOW")
                        .param("conditions[1].text", "80").param("monthlyYuan", "100"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).session(regulator))
                .andExpect(content().string(containsString("data-warning=\"benefit.rule.warning.contradiction\"")))
                .andExpect(content().string(containsString("“年龄”的几个条件互相矛盾")))
                .andExpect(content().string(containsString("id=\"despite-warnings\"")));

        mvc.perform(post(location + "/publish").session(regulator).with(csrf()))
                .andExpect(redirectedUrl(location))
                .andExpect(flash().attribute("problem", "benefit.rule.confirmWarnings"));
        long ruleId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(programmes.rule(ProgrammeScenario.ADMIN, programme, ruleId).status()).isEqualTo(RuleStatus.DRAFT);

        mvc.perform(post(location + "/publish").session(regulator).with(csrf()).param("despiteWarnings", "true"))
                .andExpect(redirectedUrl("/benefit/programmes/" + programme))
                .andExpect(flash().attribute("notice", "benefit.rule.published"));
        mvc.perform(get(location).session(regulator))
                .andExpect(content().string(not(containsString("id=\"rule-form\""))))
                .andExpect(content().string(containsString("id=\"end-form\"")))
                .andExpect(content().string(containsString("90")));

        mvc.perform(post(location + "/end").session(regulator).with(csrf()).param("lastDay", "2025-12-31"))
                .andExpect(redirectedUrl(location)).andExpect(flash().attributeExists("refusal"));
        mvc.perform(post(location + "/end").session(regulator).with(csrf()).param("lastDay", "2026-06-30"))
                .andExpect(redirectedUrl(location)).andExpect(flash().attribute("notice", "benefit.rule.ended"));
        assertThat(programmes.rule(ProgrammeScenario.ADMIN, programme, ruleId).effectiveTo()).hasToString("2026-06-30");
        assertThat(programmes.details(ProgrammeScenario.ADMIN, programme).orElseThrow().rules()).extracting(RuleVersion::id)
                .isEqualTo(List.of(ruleId));
    }
}
