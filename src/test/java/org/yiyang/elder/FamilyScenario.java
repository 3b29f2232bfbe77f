package org.yiyang.elder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.yiyang.TestAccounts;
import org.yiyang.identity.PersonalDataProtection;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.identity.internal.PasswordChangeGate;
import org.yiyang.shared.DivisionCode;

/** Accounts, elders and requests for the family-link and emergency-contact tests, each with fresh names. */
final class FamilyScenario {

    static final String BANNER = "152221000000";
    static final Viewer BANNER_OPERATOR = new Viewer(3, "banner-operator", "O", Role.OPERATOR, DivisionCode.of(BANNER));

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final AccountAdministration administration;

    FamilyScenario(MockMvc mvc, JdbcClient jdbc, AccountAdministration administration) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.administration = administration;
    }

    /** A new account of {@code role} in {@code division}; returns its username. */
    String account(Role role, String division) {
        return TestAccounts.create(administration, role, division);
    }

    /** Signs in (test accounts are named role-xxxxxxxx, demo accounts have none of that) past the change-password page. */
    MockHttpSession signIn(String username) throws Exception {
        String password = username.contains("-") ? TestAccounts.PASSWORD : "Yiyang@2026";
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", username)
                .param("password", password).with(csrf())).andReturn().getRequest().getSession();
        session.removeAttribute(PasswordChangeGate.REQUIRED);
        return session;
    }

    MockHttpSession newFamilyMember() throws Exception {
        return signIn(account(Role.FAMILY, BANNER));
    }

    /** Registers an elder in a village of the demo banner; returns the elder's id. */
    long elder(ElderRegistry registry, String name, String idNumber) {
        return registry.register(BANNER_OPERATOR, TestElders.draft(name, idNumber, TestElders.HINGGAN_VILLAGE));
    }

    ResultActions request(MockHttpSession family, String idNumber, String relation) throws Exception {
        return mvc.perform(post("/my/elders/request").session(family).with(csrf())
                .param("idNumber", idNumber).param("relation", relation));
    }

    /** The open request of the family account for the elder. */
    long pendingLink(long elderId) {
        return jdbc.sql("SELECT MAX(id) FROM elder_family_link WHERE elder_id = :elder AND status = 'REQUESTED'")
                .param("elder", elderId).query(Long.class).single();
    }

    String status(long linkId) {
        return jdbc.sql("SELECT status FROM elder_family_link WHERE id = :id").param("id", linkId)
                .query(String.class).single();
    }

    static String masked(String idNumber) {
        return idNumber.substring(0, 6) + "********" + idNumber.substring(14);
    }

    static String maskedPhone(String phone) {
        return phone.substring(0, 3) + "****" + phone.substring(7);
    }

    /** Whether a stored value is sealed: it does not contain the plain value and decrypts to it. */
    static boolean sealed(PersonalDataProtection protection, String stored, String plain) {
        return !stored.contains(plain) && protection.decrypt(stored).equals(plain);
    }
}
