package org.yiyang.elder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
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
import org.springframework.test.web.servlet.ResultActions;
import org.yiyang.IntegrationTest;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.Role;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.shared.GeoPoint;

@IntegrationTest
class HomeLocationPagesTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountAdministration administration;
    @Autowired AccountDirectory directory;
    @Autowired ElderRegistry registry;
    @Autowired ElderAccounts accounts;
    @Autowired FamilyLinks links;
    @Autowired HomeLocations homes;

    private FamilyScenario sessions;
    private HomeScenario scenario;
    private MockHttpSession operator;

    @BeforeEach
    void scenario() throws Exception {
        sessions = new FamilyScenario(mvc, jdbc, administration);
        scenario = new HomeScenario(registry, accounts, links, jdbc, administration, directory, "吉日嘎拉");
        operator = sessions.signIn("operator");
    }

    @Test
    void staffSetTheHomeFromTheFilePageWhichThenSaysItIsOnFileWithoutCoordinates() throws Exception {
        mvc.perform(get(file()).session(operator))
                .andExpect(content().string(allOf(containsString("家庭住址定位"), containsString("尚未设置家庭位置"),
                        containsString("href=\"" + file() + "/home\""))));

        save(operator, file(), "46.0712", "122.0533", "DEVICE")
                .andExpect(redirectedUrl(file())).andExpect(flash().attribute("notice", "elder.home.saved"));

        mvc.perform(get(file()).session(operator))
                .andExpect(content().string(allOf(containsString("已设置家庭位置"), containsString("本机定位"),
                        not(containsString("46.0712")), not(containsString("122.0533")))))
                .andExpect(content().string(allOf(containsString("<td>家庭住址定位</td>"), containsString("<td>已设置</td>"))));
        mvc.perform(get(file() + "/home").session(operator))
                .andExpect(content().string(allOf(containsString("value=\"46.071200\""),
                        containsString("value=\"122.053300\""), containsString("/js/home-location.js"))));
    }

    @Test
    void badInputGivesAClearMessageKeepsWhatWasTypedAndChangesNothing() throws Exception {
        homes.setHomeLocation(FamilyScenario.BANNER_OPERATOR, scenario.elderId, new GeoPoint(46.07, 122.05));

        save(operator, file(), "四十六", "122.05", "MANUAL").andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("请填写小数形式的度数"), containsString("value=\"四十六\""),
                        containsString("aria-invalid=\"true\""), containsString("<html"))));
        save(operator, file(), "12.5", "122.05", "MANUAL")
                .andExpect(content().string(allOf(containsString("纬度应在 18 到 54 之间"), containsString("value=\"12.5\""))));
        save(operator, file(), "46.07", "200", "MANUAL")
                .andExpect(content().string(allOf(containsString("经度应在 73 到 136 之间"), containsString("value=\"200\""))));
        save(operator, file(), "", "", "MANUAL").andExpect(content().string(containsString("请填写纬度和经度")));

        assertThat(homes.forEditing(FamilyScenario.BANNER_OPERATOR, scenario.elderId)).contains(new GeoPoint(46.07, 122.05));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM elder_change WHERE elder_id = :id AND field = 'homeLocation'")
                .param("id", scenario.elderId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void htmxGetsTheFormAndAfterSavingTheSectionAsFragments() throws Exception {
        mvc.perform(get(file() + "/home").session(operator).header("HX-Request", "true"))
                .andExpect(content().string(allOf(containsString("id=\"home-location-form\""),
                        containsString("hx-post=\"" + file() + "/home\""), not(containsString("<html")))));
        mvc.perform(post(file() + "/home").session(operator).with(csrf()).header("HX-Request", "true")
                        .param("latitude", "abc").param("longitude", "122.05").param("source", "MANUAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("请填写小数形式的度数"), containsString("value=\"abc\""),
                        not(containsString("<html")))));
        mvc.perform(post(file() + "/home").session(operator).with(csrf()).header("HX-Request", "true")
                        .param("latitude", "46.0712, 122.0533").param("longitude", "").param("source", "MANUAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("家庭位置已保存"), containsString("id=\"home-location\""),
                        not(containsString("<html")), not(containsString("46.0712")))));
        assertThat(homes.forEditing(FamilyScenario.BANNER_OPERATOR, scenario.elderId))
                .contains(new GeoPoint(46.0712, 122.0533));
    }

    @Test
    void aLinkedFamilyMemberSetsTheHomeButNeverSeesTheCoordinates() throws Exception {
        homes.setHomeLocation(FamilyScenario.BANNER_OPERATOR, scenario.elderId, new GeoPoint(46.0712, 122.0533));
        MockHttpSession family = sessions.signIn(scenario.family.username());
        String page = "/my/elders/" + scenario.elderId;

        mvc.perform(get(page).session(family))
                .andExpect(content().string(allOf(containsString("已设置家庭位置"), containsString(page + "/home"),
                        not(containsString("46.0712")))));
        mvc.perform(get(page + "/home").session(family))
                .andExpect(content().string(allOf(containsString("使用本机位置"), containsString("填写新的位置将替换"),
                        not(containsString("46.0712")), not(containsString("122.0533")))));
        save(family, page, "46.0800", "122.0600", "DEVICE").andExpect(redirectedUrl(page));
        assertThat(homes.onFile(scenario.family, scenario.elderId).orElseThrow().source())
                .isEqualTo(HomeLocationSource.DEVICE);

        MockHttpSession stranger = sessions.signIn(scenario.strangerFamily.username());
        mvc.perform(get(page + "/home").session(stranger)).andExpect(status().isNotFound());
        save(stranger, page, "46.0", "122.0", "MANUAL").andExpect(status().isNotFound());
        assertThat(homes.forEditing(FamilyScenario.BANNER_OPERATOR, scenario.elderId))
                .contains(new GeoPoint(46.08, 122.06));
    }

    @Test
    void theElderSetsTheirOwnHomeFromTheirHomePage() throws Exception {
        MockHttpSession elder = sessions.signIn(scenario.self.username());
        mvc.perform(get("/my/elder").session(elder))
                .andExpect(content().string(allOf(containsString("尚未设置家庭位置"), containsString("/my/elder/home"))));
        save(elder, "/my/elder", "46.07", "122.05", "MANUAL").andExpect(redirectedUrl("/my/elder"));
        mvc.perform(get("/my/elder").session(elder)).andExpect(content().string(containsString("已设置家庭位置")));
        mvc.perform(get(file() + "/home").session(elder)).andExpect(status().isForbidden());
    }

    @Test
    void anAssessorSeesWhetherAPositionIsOnFileButCannotSetIt() throws Exception {
        MockHttpSession assessor = sessions.signIn(sessions.account(Role.ASSESSOR, FamilyScenario.BANNER));
        mvc.perform(get(file()).session(assessor))
                .andExpect(content().string(allOf(containsString("尚未设置家庭位置"), not(containsString("id=\"home-location-edit\"")))));
        mvc.perform(get(file() + "/home").session(assessor)).andExpect(status().isForbidden());
        save(assessor, file(), "46.07", "122.05", "MANUAL").andExpect(status().isForbidden());
    }

    @Test
    void anOperatorOfAnotherDivisionIsToldTheElderDoesNotExist() throws Exception {
        MockHttpSession outsider = sessions.signIn(sessions.account(Role.OPERATOR, "150702000000"));
        mvc.perform(get(file() + "/home").session(outsider)).andExpect(status().isNotFound());
        save(outsider, file(), "46.07", "122.05", "MANUAL").andExpect(status().isNotFound());
    }

    private String file() {
        return "/elders/" + scenario.elderId;
    }

    private ResultActions save(MockHttpSession session, String base, String lat, String lng, String source)
            throws Exception {
        return mvc.perform(post(base + "/home").session(session).with(csrf())
                .param("latitude", lat).param("longitude", lng).param("source", source));
    }
}
