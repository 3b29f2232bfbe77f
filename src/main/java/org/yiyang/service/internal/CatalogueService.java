package org.yiyang.service.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.provider.ProviderDirectory;
import org.yiyang.provider.ProviderInfo;
import org.yiyang.service.BookableTime;
import org.yiyang.service.Offering;
import org.yiyang.service.OfferingDraft;
import org.yiyang.service.OfferingSlot;
import org.yiyang.service.OrderProblem;
import org.yiyang.service.ServiceCatalogue;
import org.yiyang.service.internal.OfferingStore.OfferingRow;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.ServiceItem;

@Service
@Transactional
class CatalogueService implements ServiceCatalogue {

    private final OfferingStore store;
    private final ProviderDirectory providers;
    private final ServiceRecipients recipients;
    private final OfferingRules rules;
    private final ServiceSettings settings;
    private final Clock clock;

    CatalogueService(OfferingStore store, ProviderDirectory providers, ServiceRecipients recipients,
                     OfferingRules rules, ServiceSettings settings, Clock clock) {
        this.store = store;
        this.providers = providers;
        this.recipients = recipients;
        this.rules = rules;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Offering> find(long offeringId) {
        return store.find(offeringId).flatMap(this::withProvider);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Offering> forElder(Viewer viewer, long elderId, ServiceItem item) {
        var elder = recipients.forViewer(viewer, elderId);
        Map<Long, Optional<ProviderInfo>> activeProviders = new HashMap<>();
        return store.serving(elder.division(), item).stream()
                .flatMap(row -> activeProviders.computeIfAbsent(row.providerId(),
                                id -> providers.find(id).filter(ProviderInfo::active))
                        .map(provider -> toOffering(row, provider)).stream())
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<BookableTime> bookableTimes(long offeringId, LocalDate from, int days) {
        OfferingRow offering = store.find(offeringId).orElseThrow(OrderProblem::notFound);
        ProviderInfo provider = providers.find(offering.providerId()).orElseThrow(OrderProblem::notFound);
        if (!offering.active() || !provider.active()) {
            return List.of();
        }
        Instant earliest = clock.instant().plus(settings.minLeadTime());
        LocalDate last = ChinaTime.today(clock).plusDays(settings.maxAdvanceDays());
        List<LocalDateTime> starts = new ArrayList<>();
        for (LocalDate date = from; date.isBefore(from.plusDays(days)) && !date.isAfter(last); date = date.plusDays(1)) {
            for (OfferingSlot slot : offering.slots()) {
                LocalDateTime start = date.atTime(slot.start());
                if (slot.day() == date.getDayOfWeek() && !instant(start).isBefore(earliest)
                        && provider.hours().covers(start, start.plusMinutes(offering.durationMinutes()))) {
                    starts.add(start);
                }
            }
        }
        Map<Instant, Integer> load = store.load(offeringId, starts.stream().map(CatalogueService::instant).toList());
        return starts.stream().map(start -> new BookableTime(start, start.plusMinutes(offering.durationMinutes()),
                capacity(offering, start) - load.getOrDefault(instant(start), 0))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Offering> ofMyProvider(Viewer viewer) {
        ProviderInfo provider = myProvider(viewer);
        return store.ofProvider(provider.id()).stream().map(row -> toOffering(row, provider)).toList();
    }

    @Override
    public long publish(Viewer viewer, OfferingDraft draft) {
        ProviderInfo provider = myProvider(viewer);
        rules.check(provider, draft);
        return store.insert(provider.id(), provider.division(), draft, viewer.accountId(), clock.instant());
    }

    @Override
    public void revise(Viewer viewer, long offeringId, OfferingDraft draft) {
        ProviderInfo provider = myProvider(viewer);
        OfferingRow row = ownOffering(provider, offeringId);
        rules.check(provider, draft);
        store.update(row.id(), draft, viewer.accountId(), clock.instant());
    }

    @Override
    public void setActive(Viewer viewer, long offeringId, boolean active) {
        ProviderInfo provider = myProvider(viewer);
        ownOffering(provider, offeringId);
        store.setActive(offeringId, active, viewer.accountId(), clock.instant());
    }

    private OfferingRow ownOffering(ProviderInfo provider, long offeringId) {
        return store.find(offeringId).filter(row -> row.providerId() == provider.id())
                .orElseThrow(OrderProblem::notFound);
    }

    private ProviderInfo myProvider(Viewer viewer) {
        if (!viewer.is(Role.PROVIDER_ADMIN)) {
            throw new AccessDeniedException("Only a provider's administrator manages its offerings");
        }
        return providers.membershipOf(viewer).flatMap(m -> providers.find(m.providerId()))
                .orElseThrow(() -> OrderProblem.of(null, "service.offering.error.noProvider"));
    }

    static int capacity(OfferingRow offering, LocalDateTime start) {
        return offering.slots().stream()
                .filter(s -> s.day() == start.getDayOfWeek() && s.start().equals(start.toLocalTime()))
                .mapToInt(OfferingSlot::capacity).findFirst().orElse(0);
    }

    static Instant instant(LocalDateTime chinaTime) {
        return chinaTime.atZone(ChinaTime.ZONE).toInstant();
    }

    private Optional<Offering> withProvider(OfferingRow row) {
        return providers.find(row.providerId()).map(provider -> toOffering(row, provider));
    }

    static Offering toOffering(OfferingRow row, ProviderInfo provider) {
        return new Offering(row.id(), row.providerId(), provider.name(), row.item(), row.name(), row.description(),
                row.price(), row.unit(), row.durationMinutes(), row.active(), row.areas(), row.slots());
    }
}
