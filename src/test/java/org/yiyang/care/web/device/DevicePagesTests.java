package org.yiyang.care.web.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.TestElders;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.identity.internal.ApiTokens;
import org.yiyang.shared.DivisionCode;

/** The device pages: register (secret once), list scoped to the division, bind, geofence, retire, bad input. */
@IntegrationTest
class DevicePagesTests {

    private static final Viewer OPERATOR = new Viewer(0, "test-device-pages", "op", Role.OPERATOR,
            DivisionCode.of("152221000000"));
    private static final Viewer REGION_OPERATOR = new Viewer(0, "test-device-pages-region", "op", Role.OPERATOR,
            DivisionCode.INNER_MONGOLIA);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ElderRegistry elders;
    @Autowired AccountAdministration administration;
    @Autowired ApiTokens tokens;

    @Test
    void aRegulatorRegistersADeviceSeesItsSecretOnceAndFindsItInTheList() throws Exception {
        MockHttpSession regulator = signIn("regulator", "Yiyang@2026");
        long elder = elder(TestElders.HINGGAN_VILLAGE);
        String code = code();
        String page = mvc.perform(post("/care/devices").session(regulator).with(csrf()).param("kind", "WATCH")
                        .param("code", code).param("elderId", Long.toString(elder)).param("placement", "卧室"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(containsString("密钥只显示这一次")))
                .andReturn().getResponse().getContentAsString();
        Matcher secret = Pattern.compile("id=\"device-secret\">([^<]+)<").matcher(page);
        assertThat(secret.find()).isTrue();
        assertThat(jdbc.sql("SELECT secret_hash FROM care_device WHERE code = :code").param("code", code)
                .query(String.class).single()).isNotEqualTo(secret.group(1)).doesNotContain(secret.group(1));

        mvc.perform(get("/care/devices").param("q", code).session(regulator))
                .andExpect(content().string(containsString(code)))
                .andExpect(content().string(containsString("尚未上线")));
        mvc.perform(get("/care/devices").param("q", code).header("HX-Request", "true").session(regulator))
                .andExpect(content().string(containsString(code)))
                .andExpect(content().string(not(containsString("<html"))));
        long id = id(code);
        mvc.perform(get("/care/devices/" + id).session(regulator))
                .andExpect(content().string(containsString("电子围栏")))
                .andExpect(content().string(not(containsString(secret.group(1)))));
    }

    @Test
    void wrongInputIsExplainedInTheUsersLanguageAndChangesNothing() throws Exception {
        MockHttpSession regulator = signIn("regulator", "Yiyang@2026");
        long before = jdbc.sql("SELECT COUNT(*) FROM care_device").query(Long.class).single();
        mvc.perform(post("/care/devices").session(regulator).with(csrf()).param("kind", "SOS_BUTTON")
                        .param("code", "bad code/+").param("elderId", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("设备编码只能由字母")))
                .andExpect(content().string(containsString("value=\"bad code/+\"")));
        mvc.perform(post("/care/devices").session(regulator).with(csrf()).param("kind", "SOS_BUTTON")
                        .param("code", code()).param("elderId", "abc"))
                .andExpect(content().string(containsString("请填写正整数")));
        String taken = register(regulator, "SOS_BUTTON", elder(TestElders.HINGGAN_VILLAGE));
        long before2 = jdbc.sql("SELECT COUNT(*) FROM care_device").query(Long.class).single();
        mvc.perform(post("/care/devices").session(regulator).with(csrf()).param("kind", "SOS_BUTTON")
                        .param("code", taken).param("elderId", Long.toString(elder(TestElders.HINGGAN_VILLAGE))))
                .andExpect(content().string(containsString("这个设备编码已经登记过了")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM care_device").query(Long.class).single()).isEqualTo(before2);
        long outside = elder(TestElders.HULUNBUIR_VILLAGE);
        mvc.perform(post("/care/devices").session(regulator).with(csrf()).param("kind", "SOS_BUTTON")
                        .param("code", code()).param("elderId", Long.toString(outside)))
                .andExpect(content().string(containsString("找不到这位老人")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM care_device").query(Long.class).single()).isEqualTo(before + 1);
    }

    @Test
    void aWatchGetsAGeofenceAndIsRetiredWithAReason() throws Exception {
        MockHttpSession regulator = signIn("regulator", "Yiyang@2026");
        String code = register(regulator, "WATCH", elder(TestElders.HINGGAN_VILLAGE));
        long id = id(code);
        mvc.perform(post("/care/devices/" + id + "/fence").session(regulator).with(csrf())
                        .param("latitude", "46.07").param("longitude", "122.05").param("radius", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("围栏半径应在 50 到 20000 米之间")))
                .andExpect(content().string(containsString("value=\"10\"")));
        mvc.perform(post("/care/devices/" + id + "/fence").session(regulator).with(csrf())
                        .param("latitude", "46.07").param("longitude", "122.05").param("radius", "800"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT fence_centre_enc FROM care_device WHERE id = :id").param("id", id)
                .query(String.class).single()).doesNotContain("46.07");
        mvc.perform(post("/care/devices/" + id + "/retire").session(regulator).with(csrf()).param("reason", " "))
                .andExpect(content().string(containsString("请填写停用原因")));
        mvc.perform(post("/care/devices/" + id + "/retire").session(regulator).with(csrf()).param("reason", "损坏"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/care/devices/" + id).session(regulator))
                .andExpect(content().string(containsString("已停用")));
    }

    @Test
    void aRegulatorOfAnotherLeagueNeitherSeesNorChangesTheDevice() throws Exception {
        MockHttpSession regulator = signIn("regulator", "Yiyang@2026");
        String code = register(regulator, "SOS_BUTTON", elder(TestElders.HINGGAN_VILLAGE));
        long id = id(code);
        MockHttpSession outsider = signInNew(Role.REGULATOR, "150700000000");
        mvc.perform(get("/care/devices").param("q", code).session(outsider))
                .andExpect(content().string(not(containsString(">" + code + "</a>"))));
        mvc.perform(get("/care/devices/" + id).session(outsider)).andExpect(status().isNotFound());
        mvc.perform(post("/care/devices/" + id + "/retire").session(outsider).with(csrf()).param("reason", "x"))
                .andExpect(status().isNotFound());
        MockHttpSession caregiver = signInNew(Role.CAREGIVER, "152221000000");
        mvc.perform(get("/care/devices").session(caregiver)).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT retired_at IS NULL FROM care_device WHERE id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void anExternalBrokerAsksThePlatformWhoMayConnectAndWhere() throws Exception {
        MockHttpSession regulator = signIn("regulator", "Yiyang@2026");
        long elder = elder(TestElders.HINGGAN_VILLAGE);
        String code = code();
        String page = mvc.perform(post("/care/devices").session(regulator).with(csrf()).param("kind", "SOS_BUTTON")
                .param("code", code).param("elderId", Long.toString(elder))).andReturn().getResponse()
                .getContentAsString();
        Matcher secret = Pattern.compile("id=\"device-secret\">([^<]+)<").matcher(page);
        assertThat(secret.find()).isTrue();
        String admin = TestAccounts.create(administration, Role.ADMIN, "150000000000");
        String token = "Bearer " + tokens.issue(TestAccounts.REGION_ADMIN, admin, "emqx", null).secret();
        String prefix = "yiyang-test/devices/";
        ask("/api/v1/care/mqtt/auth", token, "{\"clientid\":\"" + code + "\",\"username\":\"" + code
                + "\",\"password\":\"" + secret.group(1) + "\"}", "allow");
        ask("/api/v1/care/mqtt/auth", token, "{\"clientid\":\"" + code + "\",\"username\":\"" + code
                + "\",\"password\":\"wrong\"}", "deny");
        ask("/api/v1/care/mqtt/acl", token, "{\"clientid\":\"" + code + "\",\"username\":\"" + code
                + "\",\"topic\":\"" + prefix + code + "/up\",\"action\":\"publish\"}", "allow");
        ask("/api/v1/care/mqtt/acl", token, "{\"clientid\":\"" + code + "\",\"username\":\"" + code
                + "\",\"topic\":\"" + prefix + "+/up\",\"action\":\"subscribe\"}", "deny");
        mvc.perform(post("/api/v1/care/mqtt/auth").contentType("application/json").content("{}"))
                .andExpect(status().isUnauthorized());
    }

    private void ask(String path, String token, String body, String answer) throws Exception {
        mvc.perform(post(path).header("Authorization", token).contentType("application/json").content(body))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"result\":\"" + answer + "\"")));
    }

    private String register(MockHttpSession session, String kind, long elder) throws Exception {
        String code = code();
        mvc.perform(post("/care/devices").session(session).with(csrf()).param("kind", kind).param("code", code)
                .param("elderId", Long.toString(elder))).andExpect(status().isOk());
        return code;
    }

    private long elder(String village) {
        return elders.register(OPERATOR.division().contains(DivisionCode.of(village)) ? OPERATOR : REGION_OPERATOR,
                TestElders.draft("设备页测试", TestElders.idNumber(village.substring(0, 6), 1941), village));
    }

    private long id(String code) {
        return jdbc.sql("SELECT id FROM care_device WHERE code = :code").param("code", code).query(Long.class).single();
    }

    private static String code() {
        return "PG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private MockHttpSession signInNew(Role role, String division) throws Exception {
        MockHttpSession session = signIn(TestAccounts.create(administration, role, division), TestAccounts.PASSWORD);
        session.removeAttribute("yy.mustChangePassword");
        return session;
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").param("username", username).param("password", password)
                .with(csrf())).andReturn().getRequest().getSession();
    }
}
