package org.yiyang.service.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.Viewer;
import org.yiyang.service.Offering;
import org.yiyang.service.OfferingDraft;
import org.yiyang.service.OfferingSlot;
import org.yiyang.service.PriceUnit;
import org.yiyang.service.ServiceCatalogue;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;
import org.yiyang.shared.ServiceItem;

/**
 * Preparation for the order benchmark ({@code bench/orders.sh}), on only with
 * {@code yiyang.bench.orders.offerings=N}: the demo provider's centre publishes N home visits for the demo banner
 * with a slot every 15 minutes from 08:00 to 19:00 on every day at the highest capacity (100), through the real
 * catalogue, so that tens of thousands of orders find room. Runs after the demo data (providers, offerings).
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "yiyang.bench.orders.offerings")
class OrderBenchmarkOfferings implements ApplicationRunner {

    static final String NAME = "基准测试·上门探访 ";
    private static final Logger log = LoggerFactory.getLogger(OrderBenchmarkOfferings.class);

    private final ServiceCatalogue catalogue;
    private final AccountDirectory accounts;
    private final DivisionCode banner;
    private final int count;

    OrderBenchmarkOfferings(ServiceCatalogue catalogue, AccountDirectory accounts,
                            @Value("${yiyang.demo.division}") String banner,
                            @Value("${yiyang.bench.orders.offerings}") int count) {
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.banner = DivisionCode.of(banner);
        this.count = count;
    }

    @Override
    public void run(ApplicationArguments args) {
        var account = accounts.findByUsername("provider")
                .orElseThrow(() -> new IllegalStateException("The order benchmark needs demo mode (the provider account)"));
        Viewer provider = new Viewer(account.id(), account.username(), account.displayName(), account.role(),
                account.division());
        long existing = catalogue.ofMyProvider(provider).stream().map(Offering::name)
                .filter(name -> name.startsWith(NAME)).count();
        for (long n = existing + 1; n <= count; n++) {
            catalogue.publish(provider, new OfferingDraft(ServiceItem.HOME_VISIT, NAME + n,
                    "Synthetic offering of the order benchmark.", Money.parseYuan("10"), PriceUnit.PER_VISIT, 30,
                    List.of(banner), slots()));
        }
        log.warn("ORDER BENCHMARK: {} benchmark offerings of the demo provider, a slot every 15 minutes 08:00-19:00, "
                + "capacity 100", count);
    }

    private static List<OfferingSlot> slots() {
        List<OfferingSlot> slots = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (LocalTime start = LocalTime.of(8, 0); !start.isAfter(LocalTime.of(19, 0)); start = start.plusMinutes(15)) {
                slots.add(new OfferingSlot(day, start, 100));
            }
        }
        return slots;
    }
}
