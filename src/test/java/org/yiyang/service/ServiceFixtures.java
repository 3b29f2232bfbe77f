package org.yiyang.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.TestAccounts;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.elder.FamilyRelation;
import org.yiyang.elder.LinkRequest;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.elder.TestElders;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.provider.ProviderDirectory;
import org.yiyang.provider.StaffMember;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;
import org.yiyang.shared.ServiceItem;

/**
 * What order tests stand on: the demo provider's centre (demo data is on in tests) and its administrator and
 * caregivers, a fresh offering per test so that slot counts never leak between tests, fresh elders in the demo
 * banner, and the banner's hotline operator.
 */
public final class ServiceFixtures {

    public static final String BANNER = "152221000000";
    public static final String NEIGHBOUR_VILLAGE = "152221100002";   // 科尔沁社区居委会
    public static final Viewer BANNER_OPERATOR = new Viewer(3, "banner-operator", "演示话务员", Role.OPERATOR,
            DivisionCode.of(BANNER));
    public static final Viewer OTHER_LEAGUE_OPERATOR = new Viewer(4, "hulunbuir-operator", "呼伦贝尔话务员",
            Role.OPERATOR, DivisionCode.of("150700000000"));

    private final ServiceCatalogue catalogue;
    private final OrderDesk desk;
    private final ElderRegistry registry;
    private final AccountDirectory accounts;
    private final ProviderDirectory providers;
    private final JdbcClient jdbc;

    public ServiceFixtures(ServiceCatalogue catalogue, ElderRegistry registry, AccountDirectory accounts,
                           ProviderDirectory providers, JdbcClient jdbc, OrderDesk desk) {
        this.desk = desk;
        this.catalogue = catalogue;
        this.registry = registry;
        this.accounts = accounts;
        this.providers = providers;
        this.jdbc = jdbc;
    }

    public OrderDesk desk() {
        return desk;
    }

    /** The demo centre's administrator (demo account {@code provider}). */
    public Viewer providerAdmin() {
        return viewer("provider");
    }

    /** The demo caregiver (demo account {@code caregiver}), on the centre's roster. */
    public Viewer caregiverAccount() {
        return viewer("caregiver");
    }

    public Viewer viewer(String username) {
        var account = accounts.findByUsername(username).orElseThrow();
        return new Viewer(account.id(), account.username(), account.displayName(), account.role(), account.division());
    }

    public long providerId() {
        return providers.membershipOf(providerAdmin()).orElseThrow().providerId();
    }

    /** The centre's dispatchable staff: the demo caregiver first. */
    public List<StaffMember> caregivers() {
        List<StaffMember> staff = new ArrayList<>(providers.dispatchableStaff(providerId()));
        long demoStaff = providers.membershipOf(caregiverAccount()).orElseThrow().staffId();
        staff.sort((a, b) -> Boolean.compare(b.id() == demoStaff, a.id() == demoStaff));
        return staff;
    }

    /** A new offering of the centre: every day at 09:00, 14:00 and 16:00 for an hour, {@code capacity} each. */
    public Offering offering(ServiceItem item, String yuan, int capacity) {
        List<OfferingSlot> slots = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (String start : List.of("09:00", "14:00", "16:00")) {
                slots.add(new OfferingSlot(day, LocalTime.parse(start), capacity));
            }
        }
        long id = catalogue.publish(providerAdmin(), new OfferingDraft(item, "测试服务 " + UUID.randomUUID().toString()
                .substring(0, 6), null, Money.parseYuan(yuan), PriceUnit.PER_VISIT, 60, List.of(DivisionCode.of(BANNER)),
                slots));
        return catalogue.find(id).orElseThrow();
    }

    public Offering offering() {
        return offering(ServiceItem.BATHING, "40", 5);
    }

    /** A new elder living in a village of the demo banner. */
    public long elder() {
        return elderOnFile().id();
    }

    /** An elder with the ID number a family member asks for them by. */
    public record Elder(long id, String idNumber) {
    }

    public Elder elderOnFile() {
        String idNumber = TestElders.idNumber("152221", 1940);
        return new Elder(registry.register(BANNER_OPERATOR, TestElders.draft("测试老人" + UUID.randomUUID().toString()
                .substring(0, 4), idNumber, TestElders.HINGGAN_VILLAGE)), idNumber);
    }

    /** A new family account with a confirmed link to the elder; returns its username (password {@link TestAccounts#PASSWORD}). */
    public String linkedFamily(AccountAdministration administration, FamilyLinks links, Elder elder) {
        String username = TestAccounts.create(administration, Role.FAMILY, BANNER);
        links.request(viewer(username), new LinkRequest(elder.idNumber(), FamilyRelation.CHILD));
        long linkId = jdbc.sql("SELECT MAX(id) FROM elder_family_link WHERE elder_id = :elder AND status = 'REQUESTED'")
                .param("elder", elder.id()).query(Long.class).single();
        links.confirm(BANNER_OPERATOR, linkId);
        return username;
    }

    /** A new elder living in Hulunbuir, outside the centre's service area. */
    /** An elder of the banner in 科尔沁社区, the community next to {@link TestElders#HINGGAN_VILLAGE}. */
    public long elderNextDoor() {
        return registry.register(BANNER_OPERATOR, TestElders.draft("邻居老人", TestElders.idNumber("152221", 1941),
                NEIGHBOUR_VILLAGE));
    }

    public long elderInHulunbuir() {
        Viewer operator = new Viewer(4, "hulunbuir-operator", "O", Role.OPERATOR, DivisionCode.of("150700000000"));
        return registry.register(operator, TestElders.draft("呼伦贝尔老人", TestElders.idNumber("150702", 1938),
                TestElders.HULUNBUIR_VILLAGE));
    }

    /** Tomorrow (China time) at {@code time}. */
    public static LocalDateTime tomorrowAt(java.time.Clock clock, String time) {
        return ChinaTime.today(clock).plusDays(1).atTime(LocalTime.parse(time));
    }

    public static LocalDate today(java.time.Clock clock) {
        return ChinaTime.today(clock);
    }

    public static String key() {
        return "test-" + UUID.randomUUID();
    }

    public long orderCount() {
        return jdbc.sql("SELECT COUNT(*) FROM service_order").query(Long.class).single();
    }

    public String status(long orderId) {
        return jdbc.sql("SELECT status FROM service_order WHERE id = :id").param("id", orderId).query(String.class).single();
    }
}
