package org.yiyang.shell;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.TestAccounts;
import org.yiyang.TestClock;
import org.yiyang.elder.ElderAccounts;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.elder.FamilyRelation;
import org.yiyang.elder.LinkRequest;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.provider.ProviderDirectory;
import org.yiyang.service.CheckOutReport;
import org.yiyang.service.Offering;
import org.yiyang.service.OrderDesk;
import org.yiyang.service.OrderRequest;
import org.yiyang.service.ServiceCatalogue;
import org.yiyang.service.ServiceFixtures;
import org.yiyang.service.Visits;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.GeoPoint;

/**
 * The people and the data of the order-flow browser tests, set up and read through the modules' APIs: the demo
 * elder 宝音 and her home, a new family account asking to be linked to her, the demo centre's caregiver, a fresh
 * offering per test, and the test clock. {@link #finish()} ends the orders a test left open, puts the clock
 * back and gives the demo accounts back the language and elder mode they had, so that other tests and reruns
 * on a kept database start clean.
 */
class OrderFlowPeople {

    static final String FAMILY_PASSWORD = "Daughter2026ok";
    private static final List<String> DEMO_ACCOUNTS = List.of("elder", "provider", "caregiver");
    private static final String SIGNATURE = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    private final ServiceFixtures fixtures;
    private final OrderDesk desk;
    private final Visits visits;
    private final ElderAccounts elderAccounts;
    private final ElderRegistry registry;
    private final ServiceRecipients recipients;
    private final FamilyLinks links;
    private final AccountAdministration administration;
    private final ProviderDirectory providers;
    private final TestClock clock;
    private final JdbcClient jdbc;
    private final List<Long> orders = new ArrayList<>();
    private final List<Map<String, Object>> preferences = new ArrayList<>();

    OrderFlowPeople(ServiceCatalogue catalogue, OrderDesk desk, Visits visits, ElderAccounts elderAccounts,
                    ElderRegistry registry, ServiceRecipients recipients, FamilyLinks links, AccountDirectory accounts,
                    AccountAdministration administration, ProviderDirectory providers, TestClock clock,
                    JdbcClient jdbc) {
        this.fixtures = new ServiceFixtures(catalogue, registry, accounts, providers, jdbc, desk);
        this.desk = desk;
        this.visits = visits;
        this.elderAccounts = elderAccounts;
        this.registry = registry;
        this.recipients = recipients;
        this.links = links;
        this.administration = administration;
        this.providers = providers;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** A new family account; its first sign-in asks for a password of its own ({@link #FAMILY_PASSWORD}). */
    record Family(String username, long accountId, long linkId) {
        String password() {
            return FAMILY_PASSWORD;
        }
    }

    /**
     * Notes the demo accounts' preferences and answers the day the flow happens on: four weeks ahead (China
     * time), a day no other test books the demo caregiver on (theirs are at most three weeks ahead).
     */
    LocalDate start() {
        preferences.clear();
        preferences.addAll(jdbc.sql("SELECT username, language, elder_mode FROM identity_account WHERE username IN (:names)")
                .param("names", DEMO_ACCOUNTS).query().listOfRows());
        return ChinaTime.today(Clock.systemUTC()).plusDays(28);
    }

    void clockAt(LocalDate day, String time) {
        clock.setTo(day.atTime(LocalTime.parse(time)).atZone(ChinaTime.ZONE).toInstant());
    }

    /** A new offering of the demo centre, every day at 09:00, 14:00 and 16:00, so that no other test fills it. */
    Offering offering() {
        return fixtures.offering();
    }

    long baoyin() {
        return elderAccounts.ownElder(fixtures.viewer("elder")).orElseThrow().id();
    }

    GeoPoint home() {
        return recipients.find(baoyin()).orElseThrow().home();
    }

    static GeoPoint north(GeoPoint from, double metres) {
        return new GeoPoint(from.latitude() + GeoPoint.latitudeDegrees(metres), from.longitude());
    }

    /** A new family account that has asked to be linked to 宝音 as her child; 宝音 has not answered yet. */
    Family requestingFamily() {
        String username = TestAccounts.create(administration, Role.FAMILY, ServiceFixtures.BANNER);
        Viewer family = fixtures.viewer(username);
        String idNumber = registry.revealIdNumber(ServiceFixtures.BANNER_OPERATOR, baoyin());
        links.request(family, new LinkRequest(idNumber, FamilyRelation.CHILD));
        long linkId = jdbc.sql("SELECT id FROM elder_family_link WHERE family_account_id = :a AND status = 'REQUESTED'")
                .param("a", family.accountId()).query(Long.class).single();
        return new Family(username, family.accountId(), linkId);
    }

    /** A new family account linked to 宝音, confirmed at the banner's desk. */
    Family linkedFamily() {
        Family family = requestingFamily();
        links.confirm(ServiceFixtures.BANNER_OPERATOR, family.linkId());
        return family;
    }

    long placeAsFamily(Family family, OrderRequest request) {
        return track(desk.place(fixtures.viewer(family.username()), request, ServiceFixtures.key()).orderId());
    }

    /** An order for 宝音 on {@code day} at {@code time}, taken by phone, accepted and assigned to the demo caregiver. */
    long assignedVisit(Offering offering, LocalDate day, String time) {
        clockAt(day, "07:00");
        long id = track(desk.place(ServiceFixtures.BANNER_OPERATOR, new OrderRequest(baoyin(), offering.id(),
                day.atTime(LocalTime.parse(time)), 1, null), ServiceFixtures.key()).orderId());
        desk.accept(fixtures.providerAdmin(), id);
        desk.assign(fixtures.providerAdmin(), id, caregiverStaffId());
        return id;
    }

    long track(long orderId) {
        orders.add(orderId);
        return orderId;
    }

    long caregiverStaffId() {
        return providers.membershipOf(fixtures.caregiverAccount()).orElseThrow().staffId();
    }

    String caregiverName() {
        return providers.staff(caregiverStaffId()).orElseThrow().name();
    }

    String status(long orderId) {
        return fixtures.status(orderId);
    }

    /** Stars and tags of the order's review, as "5 ON_TIME". */
    String reviewOf(long orderId) {
        return jdbc.sql("SELECT stars, tags FROM service_review WHERE order_id = :id").param("id", orderId)
                .query((rs, n) -> rs.getInt("stars") + " " + rs.getString("tags")).single();
    }

    List<String> exceptionKinds(long orderId) {
        return jdbc.sql("SELECT kind FROM service_visit_exception WHERE order_id = :id ORDER BY id").param("id", orderId)
                .query(String.class).list();
    }

    long exceptionId(long orderId, String kind) {
        return jdbc.sql("SELECT id FROM service_visit_exception WHERE order_id = :id AND kind = :kind")
                .param("id", orderId).param("kind", kind).query(Long.class).single();
    }

    /** Ends the orders the test left open, puts the clock back and restores the demo accounts' preferences. */
    void finish() {
        try {
            for (long id : orders) {
                switch (status(id)) {
                    case "PLACED" -> desk.refuse(fixtures.providerAdmin(), id, "测试结束");
                    case "ACCEPTED", "ASSIGNED", "ON_THE_WAY" -> desk.cancel(fixtures.providerAdmin(), id, "测试结束");
                    case "IN_SERVICE" -> visits.checkOut(fixtures.caregiverAccount(), id, null,
                            new CheckOutReport(List.of(), "测试结束", null, null, SIGNATURE));
                    default -> {
                    }
                }
            }
        } finally {
            orders.clear();
            clock.reset();
            for (Map<String, Object> row : preferences) {
                jdbc.sql("UPDATE identity_account SET language = :language, elder_mode = :elder WHERE username = :name")
                        .param("language", row.get("language")).param("elder", row.get("elder_mode"))
                        .param("name", row.get("username")).update();
            }
        }
    }
}
