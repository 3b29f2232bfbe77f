package org.yiyang.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yiyang.provider.TestProviders.create;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.Role;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.provider.internal.ProviderRegistry;
import org.yiyang.shared.GeoPoint;

/** Who may register and edit providers, and what a wrong form does (nothing). */
@IntegrationTest
class ProviderManagementTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProviderRegistry registry;

    @Autowired
    AccountAdministration administration;

    @Autowired
    AccountDirectory accounts;

    @Test
    void aRegulatorRegistersAProviderOfTheirBannerAndSeesItInTheirList() throws Exception {
        MockHttpSession regulator = signIn("regulator", "Yiyang@2026");
        String name = TestProviders.token() + " 日间照料中心";
        String location = mvc.perform(filled(post("/provider-admin/providers"), name, "10", "4").session(regulator))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).session(regulator))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("岗前培训率")));
        mvc.perform(get(location + "/edit").session(regulator))
                .andExpect(content().string(containsString("value=\"" + name + "\"")));
        mvc.perform(get("/provider-admin/providers").param("q", name).header("HX-Request", "true").session(regulator))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
    }

    @Test
    void aWrongFormKeepsWhatWasTypedSaysWhatIsWrongAndChangesNothing() throws Exception {
        MockHttpSession regulator = signIn("regulator", "Yiyang@2026");
        long before = count();
        String name = TestProviders.token() + " 颐养院";
        mvc.perform(filled(post("/provider-admin/providers"), name, "10", "12").session(regulator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + name + "\"")))
                .andExpect(content().string(containsString("护理型床位不能多于床位总数")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(filled(post("/provider-admin/providers"), name, "10", "4", "closes", "07:00").session(regulator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("关门时间应晚于开门时间")));
        mvc.perform(filled(post("/provider-admin/providers"), name, "abc", "4").session(regulator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写数字")));
        mvc.perform(filled(post("/provider-admin/providers"), name, "10", "4", "divisionCode",
                        "150102001001").session(regulator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不在您的管辖范围内")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theValidatorNamesTheWrongField() {
        GeoPoint at = TestProviders.somewhere();
        var good = TestProviders.draft("x", ProviderKind.MEAL_POINT, TestProviders.HINGGAN_VILLAGE, at,
                java.util.EnumSet.of(org.yiyang.shared.ServiceItem.MEAL));
        assertField(new org.yiyang.provider.internal.ProviderDraft(" ", good.kind(), good.divisionCode(), null, null,
                good.latitude(), good.longitude(), null, 0, 0, 0, good.operatingModel(), null, null, good.openDays(),
                good.opens(), good.closes(), good.services()), "name");
        assertField(new org.yiyang.provider.internal.ProviderDraft("x", good.kind(), good.divisionCode(), null, null,
                95.0, good.longitude(), null, 0, 0, 0, good.operatingModel(), null, null, good.openDays(),
                good.opens(), good.closes(), good.services()), "latitude");
        assertField(new org.yiyang.provider.internal.ProviderDraft("x", good.kind(), good.divisionCode(), null, null,
                good.latitude(), good.longitude(), -5, 0, 0, 0, good.operatingModel(), null, null, good.openDays(),
                good.opens(), good.closes(), good.services()), "floorArea");
        assertField(new org.yiyang.provider.internal.ProviderDraft("x", good.kind(), good.divisionCode(), null, null,
                good.latitude(), good.longitude(), null, 0, 0, 0, good.operatingModel(), null, null,
                java.util.Set.of(), good.opens(), good.closes(), good.services()), "openDays");
        assertField(new org.yiyang.provider.internal.ProviderDraft("x", good.kind(), good.divisionCode(), null, null,
                good.latitude(), good.longitude(), null, 0, 0, 0, good.operatingModel(), null, null, good.openDays(),
                good.opens(), good.closes(), java.util.Set.of()), "services");
        assertField(new org.yiyang.provider.internal.ProviderDraft("x", good.kind(), "152221999999", null, null,
                good.latitude(), good.longitude(), null, 0, 0, 0, good.operatingModel(), null, null, good.openDays(),
                good.opens(), good.closes(), good.services()), "divisionCode");
    }

    @Test
    void aRegulatorOfAnotherLeagueCanNeitherSeeNorEditNorSuspendTheProvider() throws Exception {
        String name = TestProviders.token() + " 服务站";
        long id = create(registry, name, ProviderKind.COMMUNITY_STATION, TestProviders.HINGGAN_VILLAGE,
                TestProviders.somewhere());
        MockHttpSession outsider = signInNew(Role.REGULATOR, "150700000000");
        mvc.perform(get("/provider-admin/providers/" + id).session(outsider)).andExpect(status().isForbidden());
        mvc.perform(filled(post("/provider-admin/providers/" + id), "改名", "10", "4").session(outsider))
                .andExpect(status().isForbidden());
        mvc.perform(post("/provider-admin/providers/" + id + "/status").param("status", "SUSPENDED")
                .param("reason", "x").with(csrf()).session(outsider)).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT name FROM provider_org WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo(name);
        assertThat(registry.details(TestAccounts.REGION_ADMIN, id).info().status()).isEqualTo(ProviderStatus.ACTIVE);
    }

    @Test
    void aProviderAdministratorEditsOnlyTheirOwnProviderAndNeverItsStatusOrRegistration() throws Exception {
        long own = create(registry, TestProviders.token() + " 本中心", ProviderKind.STREET_CENTRE,
                TestProviders.HINGGAN_VILLAGE, TestProviders.somewhere());
        long other = create(registry, TestProviders.token() + " 别家", ProviderKind.STREET_CENTRE,
                TestProviders.HINGGAN_VILLAGE, TestProviders.somewhere());
        String username = TestAccounts.create(administration, Role.PROVIDER_ADMIN, "152221000000");
        registry.tieAdmin(TestAccounts.REGION_ADMIN, own, username);
        MockHttpSession admin = signIn(username, TestAccounts.PASSWORD);
        admin.removeAttribute("yy.mustChangePassword");

        String renamed = TestProviders.token() + " 新名称";
        mvc.perform(filled(post("/provider-admin/providers/" + own), renamed, "10", "4", "kind", "INSTITUTION",
                        "divisionCode", "150102001001").session(admin))
                .andExpect(status().is3xxRedirection());
        var details = registry.details(TestAccounts.REGION_ADMIN, own);
        assertThat(details.info().name()).isEqualTo(renamed);
        assertThat(details.info().kind()).isEqualTo(ProviderKind.STREET_CENTRE);
        assertThat(details.info().division().value()).isEqualTo(TestProviders.HINGGAN_VILLAGE);
        mvc.perform(get("/provider-admin/mine").session(admin)).andExpect(content().string(containsString(renamed)));
        mvc.perform(filled(post("/provider-admin/providers/" + other), "抢注", "10", "4").session(admin))
                .andExpect(status().isForbidden());
        mvc.perform(get("/provider-admin/providers/" + other).session(admin)).andExpect(status().isForbidden());
        mvc.perform(post("/provider-admin/providers/" + own + "/status").param("status", "CLOSED").param("reason", "x")
                .with(csrf()).session(admin)).andExpect(status().isForbidden());
        mvc.perform(get("/provider-admin/providers").session(admin)).andExpect(status().isForbidden());
        assertThat(registry.details(TestAccounts.REGION_ADMIN, own).info().status()).isEqualTo(ProviderStatus.ACTIVE);
    }

    @Test
    void onlyAnUntiedProviderAdministratorAccountCanBeTied() {
        long id = create(registry, TestProviders.token(), ProviderKind.MEAL_POINT, TestProviders.HINGGAN_VILLAGE,
                TestProviders.somewhere());
        String caregiver = TestAccounts.create(administration, Role.CAREGIVER, "152221000000");
        String admin = TestAccounts.create(administration, Role.PROVIDER_ADMIN, "152221000000");
        assertThatThrownBy(() -> registry.tieAdmin(TestAccounts.REGION_ADMIN, id, caregiver))
                .hasMessage("provider.error.notProviderAdmin");
        assertThatThrownBy(() -> registry.tieAdmin(TestAccounts.REGION_ADMIN, id, "nobody-" + TestProviders.token()))
                .hasMessage("provider.error.noAccount");
        registry.tieAdmin(TestAccounts.REGION_ADMIN, id, admin);
        assertThatThrownBy(() -> registry.tieAdmin(TestAccounts.REGION_ADMIN, id, admin))
                .hasMessage("provider.error.alreadyTied");
        assertThat(registry.adminUsernames(TestAccounts.REGION_ADMIN, id)).containsExactly(admin);
    }

    @Test
    void aStatusChangeNeedsAReasonAndAClosedProviderStaysClosed() {
        long id = create(registry, TestProviders.token(), ProviderKind.MEAL_POINT, TestProviders.HINGGAN_VILLAGE,
                TestProviders.somewhere());
        assertThatThrownBy(() -> registry.changeStatus(TestAccounts.REGION_ADMIN, id, ProviderStatus.SUSPENDED, " "))
                .hasMessage("provider.error.required");
        registry.changeStatus(TestAccounts.REGION_ADMIN, id, ProviderStatus.CLOSED, "停业");
        assertThatThrownBy(() -> registry.changeStatus(TestAccounts.REGION_ADMIN, id, ProviderStatus.ACTIVE, "重开"))
                .hasMessage("provider.error.closed");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM provider_status_change WHERE provider_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(1);
    }

    private void assertField(org.yiyang.provider.internal.ProviderDraft draft, String field) {
        var viewer = TestProviders.viewer(accounts, "regulator");
        assertThatThrownBy(() -> registry.register(viewer, draft))
                .isInstanceOfSatisfying(ProviderProblem.class, p -> assertThat(p.field()).isEqualTo(field));
    }

    private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String name,
                                                        String bedsTotal, String bedsNursing, String... overrides) {
        var values = new java.util.LinkedHashMap<String, String>();
        values.put("name", name);
        values.put("kind", "DAY_CARE_CENTRE");
        values.put("divisionCode", TestProviders.HINGGAN_VILLAGE);
        values.put("address", "测试路 1 号");
        values.put("latitude", "46.07");
        values.put("longitude", "122.05");
        values.put("bedsTotal", bedsTotal);
        values.put("bedsNursing", bedsNursing);
        values.put("childcarePlaces", "0");
        values.put("operatingModel", "PRIVATE");
        values.put("opens", "08:00");
        values.put("closes", "18:00");
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            values.put(overrides[i], overrides[i + 1]);
        }
        values.forEach(request::param);
        return request.with(csrf()).param("openDays", "MONDAY", "TUESDAY").param("services", "MEAL", "COMPANIONSHIP");
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM provider_org").query(Long.class).single();
    }

    private MockHttpSession signInNew(Role role, String division) throws Exception {
        String username = TestAccounts.create(administration, role, division);
        MockHttpSession session = signIn(username, TestAccounts.PASSWORD);
        session.removeAttribute("yy.mustChangePassword");
        return session;
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").param("username", username).param("password", password)
                .with(csrf())).andReturn().getRequest().getSession();
    }
}
