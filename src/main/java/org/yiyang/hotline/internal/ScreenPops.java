package org.yiyang.hotline.internal;

import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.yiyang.benefit.Eligibility;
import org.yiyang.care.Alarms;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.ElderSummary;
import org.yiyang.elder.EmergencyContacts;
import org.yiyang.identity.Viewer;
import org.yiyang.service.OrderDesk;
import org.yiyang.service.OrderQuery;

/**
 * Puts the screen-pop together through the other modules' public APIs, as the operator: each module applies its
 * own access rules, and a part a module refuses is left empty rather than failing the whole pop.
 */
@Service
public class ScreenPops {

    static final int RECENT = 5;
    private static final Logger log = LoggerFactory.getLogger(ScreenPops.class);

    private final Calls calls;
    private final ElderRegistry registry;
    private final OrderDesk orders;
    private final Alarms alarms;
    private final Eligibility eligibility;
    private final EmergencyContacts contacts;

    ScreenPops(Calls calls, ElderRegistry registry, OrderDesk orders, Alarms alarms, Eligibility eligibility,
               EmergencyContacts contacts) {
        this.calls = calls;
        this.registry = registry;
        this.orders = orders;
        this.alarms = alarms;
        this.eligibility = eligibility;
        this.contacts = contacts;
    }

    public ScreenPop of(Viewer viewer, long callId) {
        CallRow call = calls.find(viewer, callId);
        var matches = call.elderId() == null ? calls.matches(viewer, call) : List.<ElderSummary>of();
        Long elderId = call.elderId() != null ? call.elderId() : matches.size() == 1 ? matches.get(0).id() : null;
        return new ScreenPop(call, matches, elderId == null ? null : file(viewer, elderId));
    }

    private CallerFile file(Viewer viewer, long elderId) {
        var elder = registry.find(viewer, elderId).orElse(null);
        if (elder == null) {
            return null;
        }
        return new CallerFile(elder,
                part("orders", () -> orders.list(viewer, new OrderQuery(null, elderId, null), 0, RECENT).orders()),
                part("alarms", () -> alarms.recentFor(elderId, RECENT)),
                part("enrolments", () -> eligibility.enrolmentsOf(viewer, elderId)),
                part("contacts", () -> contacts.of(viewer, elderId)));
    }

    private static <T> List<T> part(String name, Supplier<List<T>> read) {
        try {
            return read.get();
        } catch (RuntimeException refused) {
            log.warn("Screen-pop part {} unavailable: {}", name, refused.getClass().getSimpleName());
            return List.of();
        }
    }
}
