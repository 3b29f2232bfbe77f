package org.yiyang.care;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.yiyang.care.internal.bed.AdaptationItem;
import org.yiyang.care.internal.bed.BedDesk;
import org.yiyang.care.internal.bed.BedDraft;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.service.ServiceFixtures;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;
import org.yiyang.shared.ServiceItem;

/**
 * What bed tests stand on: the demo centre and its administrator, the demo banner's regulator, a fresh elder of
 * the demo banner per bed (so tests never share an elder), and a plan of items the centre is registered for.
 */
final class BedScenario {

    static final Viewer HULUNBUIR_REGULATOR = new Viewer(5, "hulunbuir-regulator", "呼伦贝尔民政", Role.REGULATOR,
            DivisionCode.of("150700000000"));

    final ServiceFixtures fixtures;
    final BedDesk desk;
    final ServiceRecipients elders;
    final Clock clock;

    BedScenario(ServiceFixtures fixtures, BedDesk desk, ServiceRecipients elders, Clock clock) {
        this.fixtures = fixtures;
        this.desk = desk;
        this.elders = elders;
        this.clock = clock;
    }

    Viewer provider() {
        return fixtures.providerAdmin();
    }

    Viewer regulator() {
        return fixtures.viewer("regulator");
    }

    LocalDate today() {
        return ChinaTime.today(clock);
    }

    /** Two items the demo centre is registered for, the first 4 times a month, the second twice. */
    Map<ServiceItem, Integer> plan() {
        var items = desk.contractedProvider(provider(), null).services().stream().sorted().limit(2).toList();
        return items.size() == 1 ? Map.of(items.get(0), 4) : Map.of(items.get(0), 4, items.get(1), 2);
    }

    ServiceItem firstItem() {
        return desk.contractedProvider(provider(), null).services().stream().sorted().findFirst().orElseThrow();
    }

    BedDraft draft(long elderId) {
        return draft(elderId, plan());
    }

    BedDraft draft(long elderId, Map<ServiceItem, Integer> plan) {
        return new BedDraft(elderId, elders.find(elderId).orElseThrow().name(), null,
                "T-" + java.util.UUID.randomUUID().toString().substring(0, 8), today().minusDays(10),
                today().plusYears(1), plan, EnumSet.of(AdaptationItem.GRAB_BARS, AdaptationItem.NIGHT_LIGHT),
                today().minusDays(2), Money.ofFen(150_000), "扶手两处");
    }

    BedDraft withAdaptation(BedDraft d, Set<AdaptationItem> items, LocalDate on, Money cost) {
        return new BedDraft(d.elderId(), d.elderName(), d.providerId(), d.agreementNo(), d.agreementStart(),
                d.agreementEnd(), d.plan(), items, on, cost, d.adaptationNote());
    }

    BedDraft withAgreement(BedDraft d, String number, LocalDate start, LocalDate end) {
        return new BedDraft(d.elderId(), d.elderName(), d.providerId(), number, start, end, d.plan(), d.adaptation(),
                d.adaptationDoneOn(), d.adaptationCost(), d.adaptationNote());
    }

    /** A new elder's bed, registered by the demo centre. */
    long registered() {
        return desk.register(provider(), draft(fixtures.elder()));
    }

    /** A new elder's bed, accepted today and serving from today. */
    long active() {
        long id = registered();
        desk.inspect(regulator(), id, today(), true, null);
        desk.start(provider(), id, today());
        return id;
    }
}
