package org.yiyang.elder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.IntegrationTest;
import org.yiyang.identity.PersonalDataProtection;
import org.yiyang.identity.internal.AccountAdministration;

@IntegrationTest
class EmergencyContactsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountAdministration administration;

    @Autowired
    ElderRegistry registry;

    @Autowired
    EmergencyContacts contacts;

    @Autowired
    PersonalDataProtection protection;

    private FamilyScenario scenario;

    @BeforeEach
    void scenario() {
        scenario = new FamilyScenario(mvc, jdbc, administration);
    }

    @Test
    void theContactPhoneIsEncryptedAtRestAndMaskedOnEveryPage() throws Exception {
        long elderId = scenario.elder(registry, "哈斯其木格", TestElders.idNumber("152201", 1940));
        MockHttpSession operator = scenario.signIn("operator");
        mvc.perform(post("/elders/" + elderId + "/contacts").session(operator).with(csrf())
                        .param("name", "哈斯之女").param("relation", "CHILD").param("phone", "139 0471 8866")
                        .param("priority", "").param("note", ""))
                .andExpect(redirectedUrl("/elders/" + elderId + "/family"));

        var row = jdbc.sql("SELECT phone_enc, phone_index, phone_masked, priority, retired FROM elder_contact "
                + "WHERE elder_id = :e").param("e", elderId).query().singleRow();
        assertThat(FamilyScenario.sealed(protection, (String) row.get("phone_enc"), "13904718866")).isTrue();
        assertThat(row.get("phone_index")).isEqualTo(protection.blindIndex("phone", "13904718866"));
        assertThat(row.get("phone_masked")).isEqualTo("139****8866");
        assertThat(((Number) row.get("priority")).intValue()).isEqualTo(1);

        mvc.perform(get("/elders/" + elderId + "/family").session(operator))
                .andExpect(content().string(containsString("139****8866")))
                .andExpect(content().string(not(containsString("13904718866"))));
        long contactId = contacts.of(FamilyScenario.BANNER_OPERATOR, elderId).get(0).id();
        mvc.perform(get("/elders/" + elderId + "/contacts/" + contactId + "/edit").session(operator))
                .andExpect(content().string(containsString("139****8866")))
                .andExpect(content().string(not(containsString("13904718866"))));
    }

    @Test
    void badInputGivesAClearMessageKeepsWhatWasTypedAndStoresNothing() throws Exception {
        long elderId = scenario.elder(registry, "白音仓布", TestElders.idNumber("152201", 1941));
        MockHttpSession family = scenario.newFamilyMember();
        String elderIdNumber = jdbc.sql("SELECT id_number_masked FROM elder_person WHERE id = :id").param("id", elderId)
                .query(String.class).single();
        long before = jdbc.sql("SELECT COUNT(*) FROM elder_family_link").query(Long.class).single();

        scenario.request(family, "15220119400101123", "CHILD")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("身份证号码应为18位")))
                .andExpect(content().string(containsString("value=\"15220119400101123\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("value=\"CHILD\" id=\"relation1\" name=\"relation\" checked=\"checked\"")));
        String valid = TestElders.idNumber("152201", 1950);
        scenario.request(family, valid, "")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择关系")))
                .andExpect(content().string(containsString("value=\"" + valid + "\"")));
        scenario.request(family, TestElders.idNumber("152201", 1990), "CHILD")
                .andExpect(content().string(containsString("不足 60 周岁")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM elder_family_link").query(Long.class).single()).isEqualTo(before);
        assertThat(elderIdNumber).contains("********");

        MockHttpSession operator = scenario.signIn("operator");
        mvc.perform(post("/elders/" + elderId + "/contacts").session(operator).with(csrf())
                        .param("name", "白音仓布之子").param("relation", "CHILD").param("phone", "139")
                        .param("priority", "2").param("note", "晚上打"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请输入有效的手机号码")))
                .andExpect(content().string(containsString("value=\"白音仓布之子\"")))
                .andExpect(content().string(containsString("value=\"139\"")))
                .andExpect(content().string(containsString("value=\"晚上打\"")))
                .andExpect(content().string(containsString("id=\"phone-error\"")));
        mvc.perform(post("/elders/" + elderId + "/contacts").session(operator).with(csrf())
                        .param("name", "").param("relation", "NEIGHBOUR").param("phone", "13900001111"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("此项必填")))
                .andExpect(content().string(containsString("value=\"13900001111\"")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM elder_contact WHERE elder_id = :e").param("e", elderId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aRetiredContactDisappearsFromTheListButIsKept() throws Exception {
        long elderId = scenario.elder(registry, "娜仁托雅", TestElders.idNumber("152201", 1937));
        long first = contacts.add(FamilyScenario.BANNER_OPERATOR, elderId,
                new ContactDraft("邻居王大姐", ContactRelation.NEIGHBOUR, "13900002222", null, null));
        long second = contacts.add(FamilyScenario.BANNER_OPERATOR, elderId,
                new ContactDraft("村医", ContactRelation.VILLAGE_CADRE, "0471-6661234", 1, null));
        assertThat(contacts.of(FamilyScenario.BANNER_OPERATOR, elderId)).extracting(EmergencyContact::id)
                .containsExactly(first, second);

        mvc.perform(post("/elders/" + elderId + "/contacts/" + first + "/retire").session(scenario.signIn("operator"))
                .with(csrf())).andExpect(redirectedUrl("/elders/" + elderId + "/family"));
        assertThat(contacts.of(FamilyScenario.BANNER_OPERATOR, elderId)).extracting(EmergencyContact::id)
                .containsExactly(second);
        assertThat(jdbc.sql("SELECT retired FROM elder_contact WHERE id = :id").param("id", first)
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_audit_event WHERE target = :t AND action = "
                + "'EMERGENCY_CONTACT_RETIRED'").param("t", "elder:" + elderId).query(Long.class).single()).isEqualTo(1L);
    }
}
