package org.yiyang.hotline;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.yiyang.TestAccounts;
import org.yiyang.elder.ElderDraft;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.LivingSituation;
import org.yiyang.elder.SpecialCategory;
import org.yiyang.elder.TestElders;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.identity.internal.ApiTokens;
import org.yiyang.identity.internal.PasswordChangeGate;

/**
 * What hotline tests stand on: a desk (an operator account and the telephony system's token, in the demo banner
 * unless told otherwise), elders with phone numbers unique to the test run, call events posted as the switch does.
 */
final class HotlineScenario {

    static final String BANNER = "152221000000";
    static final String HULUNBUIR = "150700000000";
    private static final AtomicInteger PHONES = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private final MockMvc mvc;
    private final AccountAdministration administration;
    private final AccountDirectory accounts;
    private final ApiTokens tokens;
    private final ElderRegistry registry;
    private final JdbcClient jdbc;

    HotlineScenario(MockMvc mvc, AccountAdministration administration, AccountDirectory accounts, ApiTokens tokens,
                    ElderRegistry registry, JdbcClient jdbc) {
        this.mvc = mvc;
        this.administration = administration;
        this.accounts = accounts;
        this.tokens = tokens;
        this.registry = registry;
        this.jdbc = jdbc;
    }

    /** An operator of the division, with the switch's token (a system account of the same desk). */
    record Desk(String operator, Viewer viewer, String token) {
    }

    Desk desk(String division) {
        String operator = TestAccounts.create(administration, Role.OPERATOR, division);
        String system = TestAccounts.create(administration, Role.OPERATOR, division);
        return new Desk(operator, viewer(operator), tokens.issue(TestAccounts.REGION_ADMIN, system, "switch", null).secret());
    }

    Viewer viewer(String username) {
        var a = accounts.findByUsername(username).orElseThrow();
        return new Viewer(a.id(), a.username(), a.displayName(), a.role(), a.division());
    }

    MockHttpSession signIn(String username) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", username)
                .param("password", TestAccounts.PASSWORD).with(csrf())).andReturn().getRequest().getSession();
        session.removeAttribute(PasswordChangeGate.REQUIRED);
        return session;
    }

    /** A mobile number no other elder of this run has. */
    static String uniquePhone() {
        return "137" + String.format("%08d", PHONES.incrementAndGet() % 100_000_000);
    }

    long elder(Viewer registrar, String phone, String village, LivingSituation living, boolean leftBehind) {
        String name = "热线老人" + UUID.randomUUID().toString().substring(0, 4);
        return registry.register(registrar, new ElderDraft(name, TestElders.idNumber(village.substring(0, 6), 1942),
                phone, "幸福路 1 号", village, null, living, false, leftBehind, Set.of(SpecialCategory.MINIMUM_LIVING),
                null, "高血压"));
    }

    long elder(Viewer registrar, String phone) {
        return elder(registrar, phone, TestElders.HINGGAN_VILLAGE, LivingSituation.WITH_SPOUSE, false);
    }

    static String event(String kind, String callId, String caller, String operator, Instant at) {
        return """
                {"event":"%s","callId":"%s","caller":%s,"called":"12349","operator":%s,"at":"%s"}"""
                .formatted(kind, callId, caller == null ? "null" : "\"" + caller + "\"",
                        operator == null ? "null" : "\"" + operator + "\"", at);
    }

    ResultActions postEvent(String token, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/hotline/call-events")
                .header("Authorization", "Bearer " + token).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    static String callKey() {
        return "fs-" + UUID.randomUUID();
    }

    /** The platform's id of the call the switch knows by {@code callKey}. */
    long callId(String callKey) {
        return jdbc.sql("SELECT id FROM hotline_call WHERE call_key = :k").param("k", callKey).query(Long.class).single();
    }

    long calls(String callKey) {
        return jdbc.sql("SELECT COUNT(*) FROM hotline_call WHERE call_key = :k").param("k", callKey).query(Long.class).single();
    }

    /** A call that rang and was answered by the desk's operator; its platform id. */
    long answeredCall(Desk desk, String caller) throws Exception {
        String key = callKey();
        postEvent(desk.token(), event("RINGING", key, caller, null, Instant.now().minusSeconds(30)));
        postEvent(desk.token(), event("ANSWERED", key, caller, desk.operator(), Instant.now().minusSeconds(20)));
        return callId(key);
    }

    JdbcClient jdbc() {
        return jdbc;
    }
}
