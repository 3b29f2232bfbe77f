package org.yiyang.care.web.alarm;

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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.care.AlarmScenario;
import org.yiyang.care.Alarms;
import org.yiyang.care.internal.alarm.AlarmDesk;
import org.yiyang.elder.ElderAccounts;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.Role;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.identity.internal.PasswordChangeGate;
import org.yiyang.service.ServiceFixtures;

/** The elder's call for help from the app, and the elder's alarms as the elder and the linked family see them. */
@IntegrationTest
class HomeAlarmPagesTests {

    @Autowired MockMvc mvc;
    @Autowired ServiceFixtures fixtures;
    @Autowired AccountAdministration administration;
    @Autowired AccountDirectory accounts;
    @Autowired ElderAccounts elderAccounts;
    @Autowired FamilyLinks links;
    @Autowired AlarmDesk desk;
    @Autowired Alarms alarms;
    @Autowired JdbcClient jdbc;

    ServiceFixtures.Elder elder;
    String elderAccount;

    @BeforeEach
    void anElderWithAnAccount() {
        elder = fixtures.elderOnFile();
        elderAccount = TestAccounts.create(administration, Role.ELDER, ServiceFixtures.BANNER);
        elderAccounts.assign(ServiceFixtures.BANNER_OPERATOR, elder.id(), elderAccount);
    }

    private MockHttpSession signIn(String username) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", username)
                .param("password", TestAccounts.PASSWORD).with(csrf())).andReturn().getRequest().getSession();
        session.removeAttribute(PasswordChangeGate.REQUIRED);
        return session;
    }

    @Test
    void theElderCallsForHelpOnceHoweverOftenThePressIsSentAndFollowsWhatTheHotlineDoes() throws Exception {
        MockHttpSession session = signIn(elderAccount);
        mvc.perform(get("/care/help").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"help-form\"")))
                .andExpect(content().string(containsString("href=\"tel:12349\"")));

        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/care/help").session(session).with(csrf()).param("key", "help-test-" + elder.id()))
                    .andExpect(redirectedUrl("/care/help"))
                    .andExpect(flash().attributeExists("helpSent"));
        }
        long account = accounts.findByUsername(elderAccount).orElseThrow().id();
        long alarm = jdbc.sql("SELECT id FROM care_alarm WHERE source = :s AND kind = 'SOS'")
                .param("s", "app:" + account).query(Long.class).single();
        assertThat(new AlarmScenario(jdbc).status(alarm)).isEqualTo("OPEN");
        assertThat(jdbc.sql("SELECT division_code FROM care_alarm WHERE id = :id").param("id", alarm)
                .query(String.class).single()).startsWith("152221");

        desk.acknowledge(AlarmScenario.BANNER_OPERATOR, alarm);
        desk.close(AlarmScenario.BANNER_OPERATOR, alarm, "话务员回电，老人血压高，家属已到");
        mvc.perform(get("/care/my-alarms").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"home-alarm-" + alarm + "\"")))
                .andExpect(content().string(containsString("热线已接警")))
                .andExpect(content().string(containsString("话务员回电，老人血压高，家属已到")));
        mvc.perform(post("/care/help").session(session).with(csrf()).param("key", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("页面已过期")));
    }

    @Test
    void aLinkedFamilyMemberSeesTheAlarmsAndNobodyElseDoes() throws Exception {
        long alarm = alarms.raise(AlarmScenario.fall(elder.id()), "hotline").id();
        MockHttpSession family = signIn(fixtures.linkedFamily(administration, links, elder));

        mvc.perform(get("/care/my-alarms").session(family).param("elder", String.valueOf(elder.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"home-alarm-" + alarm + "\"")))
                .andExpect(content().string(not(containsString("id=\"help-form\""))));
        mvc.perform(get("/care/my-alarms").session(family))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"home-alarm-" + alarm + "\"")));
        mvc.perform(post("/care/help").session(family).with(csrf()).param("key", "help-family-try"))
                .andExpect(status().isForbidden());

        MockHttpSession stranger = signIn(TestAccounts.create(administration, Role.FAMILY, ServiceFixtures.BANNER));
        mvc.perform(get("/care/my-alarms").session(stranger).param("elder", String.valueOf(elder.id())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("home-alarm-" + alarm))));
        mvc.perform(get("/care/my-alarms").session(stranger)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/my/elders/request")));
        mvc.perform(get("/care/my-alarms").session(signIn(elderAccount)).param("elder", String.valueOf(fixtures.elder())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/care/my-alarms").session(signIn(TestAccounts.create(administration, Role.OPERATOR,
                ServiceFixtures.BANNER)))).andExpect(status().isForbidden());
    }

    @Test
    void anElderAccountWithoutARecordIsToldToCallInstead() throws Exception {
        MockHttpSession session = signIn(TestAccounts.create(administration, Role.ELDER, ServiceFixtures.BANNER));

        mvc.perform(get("/care/help").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"help-no-record\"")))
                .andExpect(content().string(not(containsString("id=\"help-form\""))));
        mvc.perform(post("/care/help").session(session).with(csrf()).param("key", "help-no-record-1"))
                .andExpect(status().isNotFound());
    }
}
