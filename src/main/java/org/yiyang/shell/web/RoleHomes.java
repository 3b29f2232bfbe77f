package org.yiyang.shell.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.yiyang.identity.Role;

/**
 * What each role does next, in the order they do it. A card whose capability is not built yet names the
 * issue that brings it and is shown as coming (即将上线), never as a working link.
 */
@Component
class RoleHomes {

    /**
     * {@code issue} is null when the capability is available now. A key with a dot names the card's texts in the
     * bundle of the module that brings it ({@code benefit.card.programmes}); a plain key is a shell card.
     */
    public record Card(String key, String href, Integer issue) {
        public boolean available() {
            return issue == null;
        }

        public String titleKey() {
            return prefix() + ".title";
        }

        public String textKey() {
            return prefix() + ".text";
        }

        private String prefix() {
            return key.contains(".") ? key : "shell.card." + key;
        }
    }

    private static Card now(String key, String href) {
        return new Card(key, href, null);
    }

    private static Card coming(String key, int issue) {
        return new Card(key, null, issue);
    }

    private final Map<Role, List<Card>> cards = new EnumMap<>(Role.class);

    RoleHomes() {
        Card password = now("password", "/account/password");
        Card divisions = now("divisions", "/divisions");
        Card providers = now("providers", "/provider-admin/providers");
        Card providerDirectory = now("providerDirectory", "/providers");
        Card programmes = now("benefit.card.programmes", "/benefit/programmes");
        Card eligibility = now("benefit.card.eligibility", "/benefit/eligibility");
        Card allowances = now("benefit.card.allowances", "/benefit/allowances");
        Card paymentFiles = now("benefit.card.paymentFiles", "/benefit/payment-files");
        Card benefitChecks = now("benefit.card.checks", "/benefit/checks");
        Card myBenefits = now("benefit.card.my", "/benefit/my");
        Card alarmDesk = now("alarm.card.desk", "/care/alarms");
        Card careBeds = now("carebed.card.beds", "/care/beds");
        Card devices = now("device.card.devices", "/care/devices");
        cards.put(Role.ADMIN, List.of(now("accounts", "/admin/accounts"), now("newAccount", "/admin/accounts/new"),
                now("tokens", "/admin/tokens"), now("audit", "/admin/audit"), providers, divisions, programmes,
                eligibility, allowances, paymentFiles, benefitChecks, alarmDesk, careBeds, devices, password));
        Card registry = now("registry", "/elders");
        Card familyLinks = now("familyLinks", "/elders/links");
        cards.put(Role.REGULATOR, List.of(registry, familyLinks, providers, now("orders", "/orders"),
                now("visitExceptions", "/visit-exceptions"), now("complaints", "/complaints"),
                now("providerRatings", "/oversight/provider-ratings"), now("accountsInArea", "/admin/accounts"),
                divisions, programmes, eligibility, allowances, paymentFiles, benefitChecks, alarmDesk, careBeds, devices,
                now("carebed.card.bedReport", "/care/beds/report"), now("hotline.card.calls", "/hotline/calls"),
                now("hotline.card.schedules", "/hotline/schedules"), now("hotline.card.visits", "/hotline/visits"),
                coming("inspections", 0), password));
        cards.put(Role.OPERATOR, List.of(alarmDesk, now("hotline.card.console", "/hotline"),
                now("hotline.card.care", "/hotline/care"), now("hotline.card.calls", "/hotline/calls"), registry, familyLinks,
                now("orderForCaller", "/order"), now("orders", "/orders"), now("benefit.card.awardPoints", "/benefit/points/award"),
                providerDirectory, divisions, password));
        cards.put(Role.PROVIDER_ADMIN, List.of(now("dispatch", "/dispatch"), now("orders", "/orders"), now("offerings", "/offerings"),
                now("staff", "/provider-admin/mine"), now("visitExceptions", "/visit-exceptions"),
                now("complaints", "/complaints"), careBeds, devices, providerDirectory, password));
        cards.put(Role.CAREGIVER, List.of(now("todayVisits", "/visits"), now("orders", "/orders"), password));
        cards.put(Role.ASSESSOR, List.of(now("reassessments", "/assessments/worklist"),
                now("assessments", "/assessments"), registry, password));
        cards.put(Role.VOLUNTEER, List.of(coming("tasks", 0), coming("timeBank", 0), password));
        cards.put(Role.ELDER, List.of(now("orderService", "/order"), now("myOrders", "/orders"),
                now("familyRequests", "/my/elder/requests"), now("myInfo", "/my/elder"), now("help", "/care/help"), myBenefits, providerDirectory, password));
        cards.put(Role.FAMILY, List.of(now("myElders", "/my/elders"), now("linkRequest", "/my/elders/request"),
                now("orderForParent", "/order"), now("followVisits", "/orders"), myBenefits, now("alarmsOfParent", "/care/my-alarms"),
                providerDirectory, password));
    }

    List<Card> cardsFor(Role role) {
        return cards.getOrDefault(role, List.of());
    }
}
