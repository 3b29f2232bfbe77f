package org.yiyang.provider;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yiyang.provider.TestProviders.create;
import static org.yiyang.provider.TestProviders.north;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.elder.ElderProblem;
import org.yiyang.elder.ElderStatus;
import org.yiyang.elder.ServiceRecipient;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.identity.internal.ApiTokens;
import org.yiyang.provider.internal.ProviderRegistry;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.GeoPoint;

/**
 * Searching from an elder's home ({@code elder=<id>}). The elder module's {@link ServiceRecipients} decides who
 * may; here it is replaced by a mock (this class therefore runs in a context of its own).
 */
@IntegrationTest
class DirectoryFromElderHomeTests {

    @MockitoBean
    ServiceRecipients recipients;

    @Autowired
    MockMvc mvc;

    @Autowired
    ProviderRegistry registry;

    @Autowired
    ApiTokens tokens;

    @Test
    void aFamilyMemberFindsProvidersNearTheirParentsHome() throws Exception {
        String token = TestProviders.token();
        GeoPoint home = TestProviders.somewhere();
        create(registry, token + " 助餐点", ProviderKind.MEAL_POINT, TestProviders.HINGGAN_VILLAGE, north(home, 800));
        when(recipients.forViewer(any(), eq(42L))).thenReturn(new ServiceRecipient(42, "宝音",
                DivisionCode.of(TestProviders.HINGGAN_VILLAGE), "兴科居委会", "地址", home, null, 82, null, null,
                ElderStatus.ACTIVE));
        when(recipients.forViewer(any(), eq(43L))).thenThrow(ElderProblem.notFound());
        MockHttpSession family = (MockHttpSession) mvc.perform(post("/login").param("username", "family")
                .param("password", "Yiyang@2026").with(csrf())).andReturn().getRequest().getSession();

        mvc.perform(get("/providers").param("elder", "42").param("q", token).session(family))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("从 宝音 的家出发")))
                .andExpect(content().string(containsString(token + " 助餐点")))
                .andExpect(content().string(containsString("800 米")));
        mvc.perform(get("/providers").param("elder", "43").session(family))
                .andExpect(content().string(containsString("找不到这位老人")));

        var api = tokens.issue(TestAccounts.REGION_ADMIN, "family", "family app", null);
        mvc.perform(get("/api/v1/providers").param("elder", "42").param("q", token)
                        .header("Authorization", "Bearer " + api.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].distanceMetres").value(800));
        mvc.perform(get("/api/v1/providers").param("elder", "42").param("lat", "46").param("lng", "122")
                        .header("Authorization", "Bearer " + api.secret()))
                .andExpect(status().isBadRequest());
    }
}
