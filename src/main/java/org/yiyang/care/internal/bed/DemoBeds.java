package org.yiyang.care.internal.bed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiyang.elder.ElderQuery;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.ElderSummary;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;
import org.yiyang.shared.ServiceItem;

/**
 * Demo mode: the demo centre registers two family care beds for demo elders; the demo regulator accepts the
 * first and the centre starts it, the second waits for acceptance.
 */
@Component
@Order(70)
@ConditionalOnProperty(name = "yiyang.demo.enabled", havingValue = "true")
class DemoBeds implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoBeds.class);

    private final BedDesk desk;
    private final ElderRegistry registry;
    private final AccountDirectory accounts;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final DivisionCode banner;

    DemoBeds(BedDesk desk, ElderRegistry registry, AccountDirectory accounts, JdbcClient jdbc, Clock clock,
             @Value("${yiyang.demo.division}") String banner) {
        this.desk = desk;
        this.registry = registry;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
        this.banner = DivisionCode.of(banner);
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Viewer> provider = viewer("provider");
        Optional<Viewer> regulator = viewer("regulator");
        if (provider.isEmpty() || regulator.isEmpty()
                || jdbc.sql("SELECT COUNT(*) FROM care_bed").query(Long.class).single() > 0) {
            return;
        }
        List<ElderSummary> elders = registry.search(new Viewer(0, "demo", "demo", Role.OPERATOR, banner),
                ElderQuery.all(), 0, 2).items();
        LocalDate today = ChinaTime.today(clock);
        try {
            for (int i = 0; i < elders.size(); i++) {
                long id = desk.register(provider.get(), draft(provider.get(), elders.get(i), i, today));
                if (i == 0) {
                    desk.inspect(regulator.get(), id, today, true, "演示：改造和设备齐全");
                    desk.start(provider.get(), id, today);
                }
            }
            log.info("DEMO MODE: registered {} family care beds", elders.size());
        } catch (BedProblem refused) {
            log.warn("Demo care beds not registered: {}", refused.messageKey());
        }
    }

    private BedDraft draft(Viewer provider, ElderSummary elder, int i, LocalDate today) {
        Map<ServiceItem, Integer> plan = new LinkedHashMap<>();
        desk.contractedProvider(provider, null).services().stream().sorted().limit(2)
                .forEach(item -> plan.put(item, 4));
        return new BedDraft(elder.id(), elder.name(), null, "DEMO-JTCW-" + (i + 1), today.minusDays(7),
                today.plusYears(1), plan, EnumSet.of(AdaptationItem.GRAB_BARS, AdaptationItem.NIGHT_LIGHT),
                today.minusDays(1), Money.ofFen(180_000), "演示改造");
    }

    private Optional<Viewer> viewer(String username) {
        return accounts.findByUsername(username).map(a -> new Viewer(a.id(), a.username(), a.displayName(),
                a.role(), a.division()));
    }
}
