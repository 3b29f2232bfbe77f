package org.yiyang.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.Role;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.provider.ProviderDirectory.Membership;
import org.yiyang.provider.internal.ProviderRegistry;
import org.yiyang.provider.internal.ProviderRoster;
import org.yiyang.provider.internal.StaffDraft;

/** The staff roster: who keeps it, tying caregiver accounts, and who may be dispatched. */
@IntegrationTest
class RosterTests {

    @Autowired
    ProviderRegistry registry;

    @Autowired
    ProviderRoster roster;

    @Autowired
    ProviderDirectory directory;

    @Autowired
    AccountAdministration administration;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void aCaregiverAccountIsTiedOnceAndThenWorksForTheProvider() {
        long provider = provider();
        long staff = roster.add(TestAccounts.REGION_ADMIN, provider, trained("萨仁"));
        long other = roster.add(TestAccounts.REGION_ADMIN, provider, trained("其其格"));
        String caregiver = TestAccounts.create(administration, Role.CAREGIVER, "152221000000");
        String family = TestAccounts.create(administration, Role.FAMILY, "152221000000");

        assertThatThrownBy(() -> roster.tieAccount(TestAccounts.REGION_ADMIN, provider, staff, family))
                .hasMessage("provider.error.notCaregiver");
        assertThatThrownBy(() -> roster.tieAccount(TestAccounts.REGION_ADMIN, provider, staff, "nobody-x1"))
                .hasMessage("provider.error.noAccount");
        roster.tieAccount(TestAccounts.REGION_ADMIN, provider, staff, caregiver);
        assertThatThrownBy(() -> roster.tieAccount(TestAccounts.REGION_ADMIN, provider, other, caregiver))
                .hasMessage("provider.error.alreadyTied");

        var viewer = TestProviders.viewer(accounts, caregiver);
        assertThat(directory.membershipOf(viewer)).contains(new Membership(provider, staff));
        assertThat(directory.staff(staff).orElseThrow().accountId()).isEqualTo(viewer.accountId());
    }

    @Test
    void deactivatingReleasesTheAccountAndStopsDispatch() {
        long provider = provider();
        long staff = roster.add(TestAccounts.REGION_ADMIN, provider, trained("巴特尔"));
        roster.add(TestAccounts.REGION_ADMIN, provider, new StaffDraft("未培训", StaffRole.CAREGIVER, null, null, null,
                false));
        roster.add(TestAccounts.REGION_ADMIN, provider, new StaffDraft("厨师", StaffRole.COOK, null, null, null, true));
        String caregiver = TestAccounts.create(administration, Role.CAREGIVER, "152221000000");
        roster.tieAccount(TestAccounts.REGION_ADMIN, provider, staff, caregiver);
        assertThat(directory.dispatchableStaff(provider)).extracting(StaffMember::name).containsExactly("巴特尔");
        assertThat(registry.details(TestAccounts.REGION_ADMIN, provider).trainingRate()).isEqualTo(66);

        roster.deactivate(TestAccounts.REGION_ADMIN, provider, staff);

        assertThat(directory.dispatchableStaff(provider)).isEmpty();
        assertThat(directory.membershipOf(TestProviders.viewer(accounts, caregiver))).isEmpty();
        assertThat(directory.staff(staff).orElseThrow().active()).isFalse();
        long other = provider();
        long again = roster.add(TestAccounts.REGION_ADMIN, other, trained("巴特尔"));
        roster.tieAccount(TestAccounts.REGION_ADMIN, other, again, caregiver);
        assertThat(directory.membershipOf(TestProviders.viewer(accounts, caregiver)))
                .contains(new Membership(other, again));
    }

    @Test
    void aProviderAdministratorKeepsOnlyTheirOwnRoster() {
        long own = provider();
        long other = provider();
        String username = TestAccounts.create(administration, Role.PROVIDER_ADMIN, "152221000000");
        registry.tieAdmin(TestAccounts.REGION_ADMIN, own, username);
        var admin = TestProviders.viewer(accounts, username);

        long staff = roster.add(admin, own, trained("娜仁"));

        assertThat(directory.membershipOf(admin)).contains(new Membership(own, null));
        assertThat(directory.adminAccounts(own)).containsExactly(admin.accountId());
        assertThatThrownBy(() -> roster.add(admin, other, trained("越权")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roster.deactivate(admin, other, staff)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roster.update(TestAccounts.REGION_ADMIN, other, staff, trained("错家")))
                .isInstanceOf(ProviderProblem.class);
    }

    @Test
    void theRosterPageMasksPhonesShowsTheTrainingRateAndKeepsInputOnErrors() throws Exception {
        long provider = provider();
        MockHttpSession regulator = signIn("regulator");
        mvc.perform(post("/provider-admin/providers/" + provider + "/staff").with(csrf()).session(regulator)
                        .param("name", "图雅").param("role", "CAREGIVER").param("phone", "13912345678")
                        .param("preJobTrained", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/provider-admin/providers/" + provider + "/staff").with(csrf()).session(regulator)
                        .param("name", "阿拉坦").param("role", "CAREGIVER").param("phone", "139"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"阿拉坦\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(post("/provider-admin/providers/" + provider + "/staff").with(csrf()).session(regulator)
                        .param("name", "").param("role", "CAREGIVER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("此项必须填写")));
        mvc.perform(get("/provider-admin/providers/" + provider + "/staff").session(regulator))
                .andExpect(content().string(containsString("图雅")))
                .andExpect(content().string(containsString("139****5678")))
                .andExpect(content().string(not(containsString("13912345678"))))
                .andExpect(content().string(not(containsString("阿拉坦"))))
                .andExpect(content().string(containsString("100%")));
        long staff = jdbc.sql("SELECT id FROM provider_staff WHERE provider_id = :p").param("p", provider)
                .query(Long.class).single();
        mvc.perform(get("/provider-admin/providers/" + provider + "/staff/" + staff + "/edit").session(regulator))
                .andExpect(content().string(containsString("value=\"图雅\"")))
                .andExpect(content().string(not(containsString("13912345678"))));
    }

    @Test
    void theDemoCaregiverWorksForTheDemoCentre() {
        var caregiver = TestProviders.viewer(accounts, "caregiver");
        var provider = TestProviders.viewer(accounts, "provider");
        Membership membership = directory.membershipOf(caregiver).orElseThrow();
        assertThat(directory.membershipOf(provider).orElseThrow().providerId()).isEqualTo(membership.providerId());
        assertThat(directory.find(membership.providerId()).orElseThrow().services()).hasSize(8);
        assertThat(directory.dispatchableStaff(membership.providerId())).hasSizeGreaterThanOrEqualTo(3);
    }

    private long provider() {
        return create(registry, TestProviders.token(), ProviderKind.HOME_SERVICE_COMPANY, TestProviders.HINGGAN_VILLAGE,
                TestProviders.somewhere());
    }

    private static StaffDraft trained(String name) {
        return new StaffDraft(name, StaffRole.CAREGIVER, "养老护理员（四级）", "YL-1", null, true);
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").param("username", username).param("password", "Yiyang@2026")
                .with(csrf())).andReturn().getRequest().getSession();
    }
}
