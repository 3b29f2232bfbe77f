package org.yiyang.notify.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.IntegrationTest;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.PersonalDataProtection;
import org.yiyang.identity.Role;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.notify.SmsGateway;
import org.yiyang.shared.PhoneNumber;

@IntegrationTest
class SmsAdminPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountAdministration administration;

    @Autowired
    AccountDirectory directory;

    @Autowired
    SmsGateway sms;

    @Autowired
    PersonalDataProtection protection;

    @Autowired
    JdbcClient jdbc;

    private NotifyScenario scenario;

    @BeforeEach
    void scenario() {
        scenario = new NotifyScenario(mvc, administration, directory);
    }

    @Test
    void theBundledGatewayRecordsTheMessageWithThePhoneSealedAndMasked() throws Exception {
        sms.send(PhoneNumber.parse("13904711234"), "您的助浴服务已接单 · 测试 A");

        var row = jdbc.sql("SELECT phone_enc, phone_masked, text, status FROM notify_sms WHERE text = :t")
                .param("t", "您的助浴服务已接单 · 测试 A").query().singleRow();
        String sealed = (String) row.get("phone_enc");
        assertThat(sealed).doesNotContain("13904711234");
        assertThat(protection.decrypt(sealed)).isEqualTo("13904711234");
        assertThat(row.get("phone_masked")).isEqualTo("139****1234");
        assertThat(row.get("status")).isEqualTo("RECORDED");
    }

    @Test
    void administratorsSeeTheRecordedMessagesMaskedAndNoOneElseDoes() throws Exception {
        sms.send(PhoneNumber.parse("13904715678"), "上门提醒 · 测试 B");
        var admin = scenario.signedIn(Role.ADMIN);
        mvc.perform(get("/admin/sms").session(admin.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("139****5678")))
                .andExpect(content().string(containsString("上门提醒 · 测试 B")))
                .andExpect(content().string(containsString("已记录（未发送）")))
                .andExpect(content().string(not(containsString("13904715678"))));

        var regulator = scenario.signedIn(Role.REGULATOR);
        mvc.perform(get("/admin/sms").session(regulator.session())).andExpect(status().isForbidden());
        var family = scenario.signedIn(Role.FAMILY);
        mvc.perform(get("/admin/sms").session(family.session())).andExpect(status().isForbidden());
    }
}
