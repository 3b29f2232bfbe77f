package org.yiyang.care.internal.bed;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.care.CareBedStatus;
import org.yiyang.elder.ServiceRecipient;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.provider.ProviderDirectory;
import org.yiyang.provider.ProviderInfo;
import org.yiyang.shared.ChinaTime;

/**
 * The life of a family care bed (家庭养老床位): registered by the provider, inspected (验收) by the division's
 * regulator, started, terminated. Every method acts for a {@link Viewer} and throws {@link BedProblem} with
 * nothing changed when the request is wrong.
 */
@Service
@Transactional
public class BedDesk {

    private final BedStore store;
    private final BedReader reader;
    private final BedAccess access;
    private final ServiceRecipients elders;
    private final ProviderDirectory providers;
    private final Clock clock;

    BedDesk(BedStore store, BedReader reader, BedAccess access, ServiceRecipients elders, ProviderDirectory providers,
            Clock clock) {
        this.store = store;
        this.reader = reader;
        this.access = access;
        this.elders = elders;
        this.providers = providers;
        this.clock = clock;
    }

    /** Registers the elder's home as a bed of the viewer's provider (or, for an admin, of the draft's provider). */
    public long register(Viewer viewer, BedDraft draft) {
        BedAccess.require(viewer, java.util.EnumSet.of(Role.ADMIN, Role.PROVIDER_ADMIN));
        ProviderInfo provider = contractedProvider(viewer, draft.providerId());
        ServiceRecipient elder = elder(viewer, draft);
        if (!provider.division().value().startsWith(elder.division().value().substring(0, 6))) {
            throw BedProblem.of("elderId", "carebed.error.outsideProviderArea");
        }
        BedRules.checkDraft(draft, provider, today());
        if (reader.openBedOf(elder.elderId()).isPresent()) {
            throw BedProblem.of("elderId", "carebed.error.openBed");
        }
        requireFreeAgreement(provider.id(), draft.agreementNo(), 0);
        Instant now = clock.instant();
        try {
            long id = store.insert(draft, elder, provider, viewer, now);
            store.replacePlan(id, draft.plan());
            store.recordChange(id, null, CareBedStatus.REGISTERED, null, viewer, now);
            return id;
        } catch (DuplicateKeyException raced) {
            throw BedProblem.of("elderId", "carebed.error.openBed");
        }
    }

    /** Corrects the agreement, plan and adaptation of a bed not yet accepted (after a failed inspection too). */
    public void revise(Viewer viewer, long bedId, BedDraft draft) {
        Bed bed = access.requireKeeper(viewer, bedId);
        if (!access.allowed(viewer, bed).edit()) {
            throw BedProblem.wrongState(bed.status());
        }
        ProviderInfo provider = providers.find(bed.providerId()).orElseThrow(BedProblem::notFound);
        BedRules.checkDraft(draft, provider, today());
        requireFreeAgreement(bed.providerId(), draft.agreementNo(), bedId);
        store.revise(bedId, draft, viewer, clock.instant());
        store.replacePlan(bedId, draft.plan());
    }

    /** Records an acceptance inspection: passed, the bed is accepted; failed, rejected until re-inspected. */
    public void inspect(Viewer viewer, long bedId, LocalDate on, boolean passed, String note) {
        Bed bed = access.requireInspector(viewer, bedId);
        CareBedStatus to = passed ? CareBedStatus.ACCEPTED : CareBedStatus.REJECTED;
        requireMove(bed, to);
        BedRules.checkInspection(bed, on, passed, note, registeredOn(bed), today());
        Instant now = clock.instant();
        move(bed, to, passed ? Map.of("accepted_on", on) : Map.of(), note, viewer, now);
        store.recordInspection(bedId, on, passed, note, viewer, now);
    }

    /** The provider starts serving an accepted bed: from then on completed visits count against the plan. */
    public void start(Viewer viewer, long bedId, LocalDate on) {
        Bed bed = access.requireKeeper(viewer, bedId);
        requireMove(bed, CareBedStatus.ACTIVE);
        BedRules.checkStart(bed, on);
        move(bed, CareBedStatus.ACTIVE, Map.of("service_start", on), null, viewer, clock.instant());
    }

    /** Ends the bed (the elder moved, died, withdrew, or the agreement ended); the elder may then get a new one. */
    public void terminate(Viewer viewer, long bedId, LocalDate on, String reason) {
        Bed bed = access.require(viewer, bedId);
        requireMove(bed, CareBedStatus.TERMINATED);
        BedRules.checkTermination(bed, on, reason, registeredOn(bed), today());
        move(bed, CareBedStatus.TERMINATED, Map.of("terminated_on", on, "termination_reason", reason.strip()),
                reason, viewer, clock.instant());
    }

    @Transactional(readOnly = true)
    public BedView view(Viewer viewer, long bedId, YearMonth month) {
        Bed bed = access.require(viewer, bedId);
        return new BedView(bed, month, reader.plan(bedId, month), reader.otherVisits(bedId, month),
                reader.inspections(bedId), reader.changes(bedId), access.allowed(viewer, bed));
    }

    /** The bed as its registration form shows it, for a viewer who may correct it. */
    @Transactional(readOnly = true)
    public BedView forEditing(Viewer viewer, long bedId) {
        Bed bed = access.requireKeeper(viewer, bedId);
        return view(viewer, bed.id(), YearMonth.now(clock.withZone(ChinaTime.ZONE)));
    }

    /** The provider a new bed would be contracted with: the viewer's own, or for an admin the one they name. */
    @Transactional(readOnly = true)
    public ProviderInfo contractedProvider(Viewer viewer, Long requested) {
        Long id = access.ownProvider(viewer).orElse(requested);
        ProviderInfo provider = (id == null ? null : providers.find(id).orElse(null));
        if (provider == null) {
            throw BedProblem.of("providerId", "carebed.error.providerNotFound");
        }
        if (!provider.active()) {
            throw BedProblem.of("providerId", "carebed.error.providerNotActive");
        }
        return provider;
    }

    private ServiceRecipient elder(Viewer viewer, BedDraft draft) {
        ServiceRecipient elder = draft.elderId() == null ? null : elders.find(draft.elderId())
                .filter(found -> draft.elderName() != null && found.name().equals(draft.elderName().strip()))
                .filter(found -> viewer.mayView(found.division())).orElse(null);
        if (elder == null) {
            throw BedProblem.of("elderId", "carebed.error.elderNotFound");
        }
        if (!elder.living()) {
            throw BedProblem.of("elderId", "carebed.error.elderNotActive");
        }
        return elder;
    }

    private void requireFreeAgreement(long providerId, String agreementNo, long exceptBed) {
        if (reader.agreementTaken(providerId, agreementNo, exceptBed)) {
            throw BedProblem.of("agreementNo", "carebed.error.agreementTaken");
        }
    }

    private static void requireMove(Bed bed, CareBedStatus to) {
        if (!bed.status().canMoveTo(to)) {
            throw BedProblem.wrongState(bed.status());
        }
    }

    private void move(Bed bed, CareBedStatus to, Map<String, Object> dates, String note, Viewer viewer, Instant at) {
        if (!store.move(bed.id(), bed.status(), to, dates, viewer, at)) {
            throw BedProblem.of(null, "carebed.error.changedMeanwhile");
        }
        store.recordChange(bed.id(), bed.status(), to, note, viewer, at);
    }

    private LocalDate registeredOn(Bed bed) {
        return bed.registeredAt().atZone(ChinaTime.ZONE).toLocalDate();
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }
}
