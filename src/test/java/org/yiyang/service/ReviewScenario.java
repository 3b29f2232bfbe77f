package org.yiyang.service;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.TestAccounts;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.elder.FamilyRelation;
import org.yiyang.elder.LinkRequest;
import org.yiyang.elder.TestElders;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.identity.internal.PasswordChangeGate;

/**
 * What review and complaint tests stand on: DONE orders of the demo centre for fresh elders of the demo banner,
 * accounts of every role needed, signed-in sessions, and the rows as stored.
 */
final class ReviewScenario {

    static final String HULUNBUIR_LEAGUE = "150700000000";

    private final ServiceFixtures fixtures;
    private final OrderDesk desk;
    private final AccountAdministration administration;
    private final AccountDirectory accounts;
    private final FamilyLinks links;
    private final ElderRegistry registry;
    private final JdbcClient jdbc;

    ReviewScenario(ServiceFixtures fixtures, OrderDesk desk, AccountAdministration administration,
                   AccountDirectory accounts, FamilyLinks links, ElderRegistry registry, JdbcClient jdbc) {
        this.fixtures = fixtures;
        this.desk = desk;
        this.administration = administration;
        this.accounts = accounts;
        this.links = links;
        this.registry = registry;
        this.jdbc = jdbc;
    }

    ServiceFixtures fixtures() {
        return fixtures;
    }

    /** An order placed by the banner's hotline operator for a fresh elder, still PLACED. */
    long placedOrder(java.time.Clock clock) {
        return placedOrder(clock, fixtures.elder());
    }

    long placedOrder(java.time.Clock clock, long elderId) {
        Offering offering = fixtures.offering();
        return desk.place(ServiceFixtures.BANNER_OPERATOR, new OrderRequest(elderId, offering.id(),
                ServiceFixtures.tomorrowAt(clock, "09:00"), 1, null), ServiceFixtures.key()).orderId();
    }

    /**
     * A DONE order. Check-in and check-out (IN_SERVICE -> DONE) are being built at the same time as reviews, so
     * the test sets the status directly in service_order after placing through the OrderDesk.
     */
    long doneOrder(java.time.Clock clock) {
        return markDone(placedOrder(clock));
    }

    long doneOrder(java.time.Clock clock, long elderId) {
        return markDone(placedOrder(clock, elderId));
    }

    long markDone(long orderId) {
        jdbc.sql("UPDATE service_order SET status = 'DONE' WHERE id = :id").param("id", orderId).update();
        return orderId;
    }

    /** A fresh elder with a fresh family account whose link the banner operator confirmed. */
    Linked linkedFamily() {
        String idNumber = TestElders.idNumber("152221", 1942);
        long elderId = registry.register(ServiceFixtures.BANNER_OPERATOR,
                TestElders.draft("评价老人", idNumber, TestElders.HINGGAN_VILLAGE));
        Viewer family = viewer(TestAccounts.create(administration, Role.FAMILY, ServiceFixtures.BANNER));
        links.request(family, new LinkRequest(idNumber, FamilyRelation.CHILD));
        long linkId = jdbc.sql("SELECT MAX(id) FROM elder_family_link WHERE elder_id = :elder AND status = 'REQUESTED'")
                .param("elder", elderId).query(Long.class).single();
        links.confirm(ServiceFixtures.BANNER_OPERATOR, linkId);
        return new Linked(elderId, family);
    }

    record Linked(long elderId, Viewer family) {
    }

    /** A new account of {@code role} in {@code division}, as a viewer. */
    Viewer account(Role role, String division) {
        return viewer(TestAccounts.create(administration, role, division));
    }

    Viewer viewer(String username) {
        return fixtures.viewer(username);
    }

    /** Signs in (test accounts have a dash in their name, demo accounts none) past the change-password page. */
    MockHttpSession signIn(MockMvc mvc, String username) throws Exception {
        String password = username.contains("-") ? TestAccounts.PASSWORD : "Yiyang@2026";
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", username)
                .param("password", password).with(csrf())).andReturn().getRequest().getSession();
        session.removeAttribute(PasswordChangeGate.REQUIRED);
        return session;
    }

    String orderStatus(long orderId) {
        return fixtures.status(orderId);
    }

    long reviewCount(long orderId) {
        return jdbc.sql("SELECT COUNT(*) FROM service_review WHERE order_id = :order").param("order", orderId)
                .query(Long.class).single();
    }

    /** The complaints about an order, oldest first, as stored. */
    java.util.List<Map<String, Object>> complaintsOf(long orderId) {
        return jdbc.sql("SELECT * FROM service_complaint WHERE order_id = :order ORDER BY id").param("order", orderId)
                .query().listOfRows();
    }

    Map<String, Object> complaint(long id) {
        return jdbc.sql("SELECT * FROM service_complaint WHERE id = :id").param("id", id).query().singleRow();
    }

    static Instant instant(Object timestamp) {
        if (timestamp instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (timestamp instanceof java.sql.Timestamp sql) {
            return sql.toInstant();
        }
        if (timestamp instanceof java.time.Instant instant) {
            return instant;
        }
        throw new IllegalArgumentException("Not a timestamp: " + timestamp);
    }
}
