package org.yiyang.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.care.internal.bed.BedDesk;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.identity.Role;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.identity.internal.PasswordChangeGate;
import org.yiyang.service.ServiceFixtures;
import org.yiyang.shared.ServiceItem;

@IntegrationTest
class CareBedPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ServiceFixtures fixtures;

    @Autowired
    BedDesk desk;

    @Autowired
    CareBeds beds;

    @Autowired
    ServiceRecipients elders;

    @Autowired
    AccountAdministration administration;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    BedScenario scenario;

    @BeforeEach
    void scenario() {
        scenario = new BedScenario(fixtures, desk, elders, clock);
    }

    @Test
    void theProviderRegistersABedThroughTheFormAndARefusedFormKeepsWhatWasTyped() throws Exception {
        MockHttpSession provider = signIn("provider");
        long elder = fixtures.elder();
        String name = elders.find(elder).orElseThrow().name();
        ServiceItem item = scenario.firstItem();
        mvc.perform(get("/care/beds/new").session(provider))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"bed-form\"")))
                .andExpect(content().string(containsString("name=\"visits." + item + "\"")));

        mvc.perform(form(post("/care/beds"), elder, name, item, scenario.today().minusDays(20))
                        .session(provider))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("协议到期日期必须晚于开始日期")))
                .andExpect(content().string(containsString("value=\"" + name + "\"")));
        assertThat(beds.openBedOf(elder)).isEmpty();

        mvc.perform(form(post("/care/beds"), elder, name, item, scenario.today().plusYears(1)).session(provider))
                .andExpect(redirectedUrlPattern("/care/beds/*"));
        long id = beds.openBedOf(elder).orElseThrow().id();
        mvc.perform(get("/care/beds/" + id).session(provider))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已登记，待验收")))
                .andExpect(content().string(containsString("id=\"plan-table\"")))
                .andExpect(content().string(containsString("id=\"bed-devices\"")))
                .andExpect(content().string(not(containsString("/acceptance"))));
        mvc.perform(get("/care/beds/" + id + "/edit").session(provider))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"1200.50\"")));
        mvc.perform(get("/care/beds/" + id + "/edit").session(signIn("regulator"))).andExpect(status().isForbidden());
    }

    @Test
    void theRegulatorAcceptsTheProviderStartsAndTheBedIsTerminated() throws Exception {
        long id = scenario.registered();
        MockHttpSession regulator = signIn("regulator");
        MockHttpSession provider = signIn("provider");
        mvc.perform(get("/care/beds/" + id + "/acceptance").session(regulator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"acceptance-form\"")));
        mvc.perform(post("/care/beds/" + id + "/acceptance").with(csrf()).session(regulator)
                        .param("inspectedOn", scenario.today().toString()).param("result", "FAILED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("验收不合格时，请写明需要整改的问题")));
        assertThat(beds.find(id)).map(CareBedSummary::status).contains(CareBedStatus.REGISTERED);
        mvc.perform(get("/care/beds/" + id + "/acceptance").session(provider)).andExpect(status().isForbidden());

        mvc.perform(post("/care/beds/" + id + "/acceptance").with(csrf()).session(regulator)
                        .param("inspectedOn", scenario.today().toString()).param("result", "PASSED"))
                .andExpect(redirectedUrlPattern("/care/beds/*"));
        mvc.perform(post("/care/beds/" + id + "/start").with(csrf()).session(provider)
                        .param("serviceStart", scenario.today().toString()))
                .andExpect(redirectedUrlPattern("/care/beds/*"));
        mvc.perform(get("/care/beds/" + id).session(provider))
                .andExpect(content().string(containsString("服务中")));

        mvc.perform(post("/care/beds/" + id + "/termination").with(csrf()).session(provider)
                        .param("terminatedOn", scenario.today().toString()).param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写终止原因")));
        mvc.perform(post("/care/beds/" + id + "/termination").with(csrf()).session(provider)
                        .param("terminatedOn", scenario.today().toString()).param("reason", "老人迁往子女家"))
                .andExpect(redirectedUrlPattern("/care/beds/*"));
        assertThat(beds.find(id)).map(CareBedSummary::status).contains(CareBedStatus.TERMINATED);
    }

    @Test
    void theListIsScopedToTheViewersDivisionAndHtmxGetsOnlyTheRows() throws Exception {
        long id = scenario.active();
        MockHttpSession regulator = signIn("regulator");
        mvc.perform(get("/care/beds").param("status", "ACTIVE").session(regulator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("data-bed=\"" + id + "\"")));
        mvc.perform(get("/care/beds").param("status", "ACTIVE").header("HX-Request", "true").session(regulator))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("id=\"bed-rows\"")))
                .andExpect(content().string(containsString("data-bed=\"" + id + "\"")));

        MockHttpSession elsewhere = signIn(TestAccounts.create(administration, Role.REGULATOR, "150700000000"));
        mvc.perform(get("/care/beds").session(elsewhere))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-bed=\"" + id + "\""))));
        mvc.perform(get("/care/beds/" + id).session(elsewhere)).andExpect(status().isNotFound());
        mvc.perform(get("/care/beds").session(signIn("caregiver"))).andExpect(status().isForbidden());
    }

    @Test
    void theMonthlyReportShowsTheBedInEnglishAndMongolianToo() throws Exception {
        long id = scenario.active();
        MockHttpSession provider = signIn("provider");
        mvc.perform(get("/care/beds/report").session(provider))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"report-totals\"")))
                .andExpect(content().string(containsString("data-bed=\"" + id + "\"")));
        mvc.perform(get("/care/beds/report").session(provider).cookie(new Cookie("yy_lang", "en"), new Cookie("yy_elder", "1")))
                .andExpect(content().string(containsString("Care bed visits report")))
                .andExpect(content().string(containsString("class=\"elder\"")));
        mvc.perform(get("/care/beds/" + id).session(provider).cookie(new Cookie("yy_lang", "mn-Mong")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠳᠤᠮᠳᠠ")));
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, long elder, String name,
                                               ServiceItem item, java.time.LocalDate agreementEnd) {
        return request.with(csrf()).param("elderId", String.valueOf(elder)).param("elderName", name)
                .param("agreementNo", "P-" + java.util.UUID.randomUUID().toString().substring(0, 8))
                .param("agreementStart", scenario.today().minusDays(10).toString())
                .param("agreementEnd", agreementEnd.toString())
                .param("visits." + item, "4").param("adaptation", "GRAB_BARS", "RAMP")
                .param("adaptationDoneOn", scenario.today().minusDays(1).toString())
                .param("adaptationCostYuan", "1200.50").param("adaptationNote", "");
    }

    private MockHttpSession signIn(String username) throws Exception {
        String password = username.contains("-") ? TestAccounts.PASSWORD : "Yiyang@2026";
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", username)
                .param("password", password).with(csrf())).andReturn().getRequest().getSession();
        session.removeAttribute(PasswordChangeGate.REQUIRED);
        return session;
    }
}
