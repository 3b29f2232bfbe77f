package org.yiyang.provider.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.provider.OperatingModel;
import org.yiyang.provider.ProviderKind;
import org.yiyang.provider.StaffRole;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.ServiceItem;

/**
 * Demo mode: four invented providers in the demo banner's seat (科尔沁镇), within about 3 km of each other. The
 * demo {@code provider} account runs the street centre and the demo {@code caregiver} is on its roster.
 * Idempotent: a provider whose name exists is left alone.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "yiyang.demo.enabled", havingValue = "true")
class DemoProviders implements ApplicationRunner {

    static final String CENTRE = "演示·科尔沁镇街道综合养老服务中心";
    private static final Logger log = LoggerFactory.getLogger(DemoProviders.class);
    private static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private final ProviderRegistry registry;
    private final ProviderRoster roster;
    private final ProviderWriter writer;
    private final AccountDirectory accounts;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Viewer system;

    DemoProviders(ProviderRegistry registry, ProviderRoster roster, ProviderWriter writer, AccountDirectory accounts,
                  JdbcClient jdbc, Clock clock, @Value("${yiyang.demo.division}") String banner) {
        this.registry = registry;
        this.roster = roster;
        this.writer = writer;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
        this.system = new Viewer(0, "demo", "demo", Role.REGULATOR, DivisionCode.of(banner));
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (exists(CENTRE)) {
            return;
        }
        long centre = registry.register(system, new ProviderDraft(CENTRE, ProviderKind.STREET_CENTRE, "152221100002",
                "科尔沁镇科尔沁社区兴安大街 18 号", "0482-3112349", 46.0712, 122.0508, 1200, 20, 12, 0,
                OperatingModel.PUBLIC_BUILT_PRIVATE_RUN, "民养备-152221-2024-001", null, EVERY_DAY,
                LocalTime.of(8, 0), LocalTime.of(20, 0), EnumSet.of(ServiceItem.MEAL, ServiceItem.BATHING,
                ServiceItem.CLEANING, ServiceItem.MEDICAL_ESCORT, ServiceItem.EMERGENCY_HELP,
                ServiceItem.PERSONAL_CARE, ServiceItem.HOME_VISIT, ServiceItem.COMPANIONSHIP)));
        registry.register(system, new ProviderDraft("演示·兴科社区老年助餐点", ProviderKind.MEAL_POINT, "152221100001",
                "科尔沁镇兴科社区文化活动室一楼", "0482-3112001", 46.0785, 122.0421, 150, 0, 0, 0,
                OperatingModel.PUBLIC_RUN, null, null, EVERY_DAY, LocalTime.of(10, 30), LocalTime.of(18, 30),
                EnumSet.of(ServiceItem.MEAL)));
        registry.register(system, new ProviderDraft("演示·札萨克图家政养老服务有限公司", ProviderKind.HOME_SERVICE_COMPANY,
                "152221100004", "科尔沁镇札萨克图社区商业街 6 号", "0482-3115566", 46.0633, 122.0612, 300, 0, 0, 0,
                OperatingModel.PRIVATE, null, null, WEEKDAYS, LocalTime.of(8, 30), LocalTime.of(17, 30),
                EnumSet.of(ServiceItem.CLEANING, ServiceItem.SHOPPING, ServiceItem.AFFAIRS, ServiceItem.BILL_PAYING,
                        ServiceItem.COMPANIONSHIP)));
        long home = registry.register(system, new ProviderDraft("演示·碧桂园颐养院", ProviderKind.INSTITUTION,
                "152221100003", "科尔沁镇碧桂园社区南侧", "0482-3118899", 46.0821, 122.0655, 5200, 120, 72, 0,
                OperatingModel.PRIVATE_PUBLIC_AIDED, "民养备-152221-2023-007", null, EVERY_DAY, LocalTime.of(0, 0),
                LocalTime.of(23, 59), EnumSet.of(ServiceItem.PERSONAL_CARE, ServiceItem.TOILETING_CARE,
                ServiceItem.NURSING_ASSISTANCE, ServiceItem.MEDICATION_CARE, ServiceItem.REHABILITATION,
                ServiceItem.HEALTH_MONITORING)));
        writer.rate(home, 3, "demo", clock.instant());
        staffCentre(centre);
        log.info("DEMO MODE: 4 fictitious providers in 科尔沁镇; the provider account runs {}", CENTRE);
    }

    private void staffCentre(long centre) {
        accounts.findByUsername("provider").ifPresent(a -> registry.tieAdmin(system, centre, a.username()));
        long saren = roster.add(system, centre, new StaffDraft("萨仁", StaffRole.CAREGIVER, "养老护理员（四级）",
                "YL-2024-0153", "13904821001", true));
        accounts.findByUsername("caregiver").ifPresent(a -> roster.tieAccount(system, centre, saren, a.username()));
        roster.add(system, centre, new StaffDraft("王桂香", StaffRole.CAREGIVER, "养老护理员（五级）", "YL-2024-0154",
                "13904821002", true));
        roster.add(system, centre, new StaffDraft("包海龙", StaffRole.CAREGIVER, "养老护理员（四级）", "YL-2023-0088",
                null, true));
        roster.add(system, centre, new StaffDraft("刘晓燕", StaffRole.CAREGIVER, null, null, null, false));
    }

    private boolean exists(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM provider_org WHERE name = :name").param("name", name)
                .query(Long.class).single() > 0;
    }
}
