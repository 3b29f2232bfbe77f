package org.yiyang.service.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.Viewer;
import org.yiyang.service.OfferingDraft;
import org.yiyang.service.OfferingSlot;
import org.yiyang.service.OrderProblem;
import org.yiyang.service.PriceUnit;
import org.yiyang.service.ServiceCatalogue;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;
import org.yiyang.shared.ServiceItem;

/** Demo mode: the demo provider's centre publishes a week of bookable home services for the whole demo banner. */
@Component
@Order(50)
@ConditionalOnProperty(name = "yiyang.demo.enabled", havingValue = "true")
class DemoOfferings implements ApplicationRunner {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoOfferings.class);

    private final ServiceCatalogue catalogue;
    private final AccountDirectory accounts;
    private final DivisionCode banner;

    DemoOfferings(ServiceCatalogue catalogue, AccountDirectory accounts, @Value("${yiyang.demo.division}") String banner) {
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.banner = DivisionCode.of(banner);
    }

    /** Each offering is its own transaction: one the centre is not registered for is skipped, the rest published. */
    @Override
    public void run(ApplicationArguments args) {
        accounts.findByUsername("provider").ifPresent(account -> {
            Viewer provider = new Viewer(account.id(), account.username(), account.displayName(), account.role(),
                    account.division());
            try {
                if (!catalogue.ofMyProvider(provider).isEmpty()) {
                    return;
                }
            } catch (OrderProblem notTiedToAProvider) {
                return;
            }
            for (OfferingDraft draft : offerings()) {
                try {
                    catalogue.publish(provider, draft);
                } catch (OrderProblem notRegisteredForTheItem) {
                    log.warn("Demo offering {} not published: {}", draft.item(), notRegisteredForTheItem.messageKey());
                }
            }
        });
    }

    private List<OfferingDraft> offerings() {
        List<OfferingSlot> visits = slots(2, "09:00", "10:30", "14:00", "15:30");
        return List.of(
                draft(ServiceItem.BATHING, "上门助浴", "护理员两人上门，协助洗澡、更衣，备有防滑垫和洗浴椅。", "40", PriceUnit.PER_VISIT, 60, visits),
                draft(ServiceItem.CLEANING, "居家保洁", "打扫房间、厨房和卫生间，整理衣物。", "30", PriceUnit.PER_HOUR, 60, visits),
                draft(ServiceItem.MEAL, "送餐上门", "一荤一素一汤，少盐少油，按时送到家。", "12", PriceUnit.PER_MEAL, 30,
                        slots(10, "11:00", "17:00")),
                draft(ServiceItem.MEDICAL_ESCORT, "陪同就医", "陪同到医院挂号、就诊、取药并送回家。", "50", PriceUnit.PER_VISIT, 120,
                        slots(1, "08:30", "13:30")),
                draft(ServiceItem.COMPANIONSHIP, "陪伴聊天", "上门陪伴聊天、读报、散步。", "20", PriceUnit.PER_HOUR, 60, visits),
                draft(ServiceItem.HOME_VISIT, "上门探访", "探望独居老人，了解身体和生活情况。", "0", PriceUnit.PER_VISIT, 30,
                        slots(3, "09:00", "15:00")));
    }

    private OfferingDraft draft(ServiceItem item, String name, String description, String yuan, PriceUnit unit,
                                int minutes, List<OfferingSlot> slots) {
        return new OfferingDraft(item, name, description, Money.parseYuan(yuan), unit, minutes, List.of(banner), slots);
    }

    private static List<OfferingSlot> slots(int capacity, String... starts) {
        List<OfferingSlot> slots = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (String start : starts) {
                slots.add(new OfferingSlot(day, LocalTime.parse(start), capacity));
            }
        }
        return slots;
    }
}
