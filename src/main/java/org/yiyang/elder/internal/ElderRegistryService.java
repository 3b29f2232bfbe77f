package org.yiyang.elder.internal;

import org.yiyang.shared.ChinaTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.elder.ElderDetails;
import org.yiyang.elder.ElderDraft;
import org.yiyang.elder.ElderMoved;
import org.yiyang.elder.ElderPage;
import org.yiyang.elder.ElderProblem;
import org.yiyang.elder.ElderQuery;
import org.yiyang.elder.ElderRegistered;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.ElderStatus;
import org.yiyang.elder.ElderStatusChanged;
import org.yiyang.identity.AuditTrail;
import org.yiyang.identity.AuditTrail.AuditEntry;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.region.DivisionScope;

@Service
@Transactional
class ElderRegistryService implements ElderRegistry {

    /** Who keeps the registry, and who may read it (and see a full ID number, each time audited). */
    static final Set<Role> EDITORS = EnumSet.of(Role.REGULATOR, Role.OPERATOR);
    static final Set<Role> READERS = EnumSet.of(Role.REGULATOR, Role.OPERATOR, Role.ASSESSOR);

    private final ElderValidator validator;
    private final ElderWriter writer;
    private final ElderReader reader;
    private final ElderSnapshots snapshots;
    private final DivisionDirectory divisions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ElderRegistryService(ElderValidator validator, ElderWriter writer, ElderReader reader, ElderSnapshots snapshots,
                         DivisionDirectory divisions, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.validator = validator;
        this.writer = writer;
        this.reader = reader;
        this.snapshots = snapshots;
        this.divisions = divisions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public long register(Viewer viewer, ElderDraft draft) {
        require(viewer, EDITORS);
        ElderRecord record = validator.validate(viewer, draft, today());
        long id = writer.insert(record, viewer.username(), clock.instant());
        events.publishEvent(new ElderRegistered(id, record.divisionCode()));
        return id;
    }

    @Override
    public void update(Viewer viewer, long elderId, ElderDraft draft) {
        require(viewer, EDITORS);
        Map<String, String> before = snapshots.stored(viewer.scope(), elderId).orElseThrow(ElderProblem::notFound);
        ElderRecord record = validator.validate(viewer, snapshots.keepUnchanged(elderId, draft), today());
        Map<String, String[]> changes = ElderSnapshots.diff(before, snapshots.of(record));
        if (!changes.isEmpty()) {
            writer.update(elderId, record, viewer.username(), clock.instant());
            writer.recordChanges(elderId, changes, viewer.username(), clock.instant());
        }
        if (changes.containsKey("divisionCode") || changes.containsKey("householdDivisionCode")) {
            events.publishEvent(new ElderMoved(elderId, before.get("divisionCode"), record.divisionCode(),
                    before.get("householdDivisionCode"), record.householdDivisionCode()));
        }
    }

    @Override
    public void recordDeath(Viewer viewer, long elderId, LocalDate date, String reason) {
        changeStatus(viewer, elderId, ElderStatus.DECEASED, date, reason);
    }

    @Override
    public void recordMoveOut(Viewer viewer, long elderId, LocalDate date, String reason) {
        changeStatus(viewer, elderId, ElderStatus.MOVED_OUT, date, reason);
    }

    @Override
    @Transactional(readOnly = true)
    public ElderPage search(Viewer viewer, ElderQuery query, int page, int size) {
        require(viewer, READERS);
        return reader.search(scope(viewer, query.divisionCode()), query, today(), Math.max(0, page),
                Math.min(Math.max(1, size), 200));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ElderDetails> find(Viewer viewer, long elderId) {
        require(viewer, READERS);
        return reader.find(viewer.scope(), elderId, today());
    }

    @Override
    public String revealIdNumber(Viewer viewer, long elderId) {
        require(viewer, READERS);
        String sealed = reader.sealedIdNumber(viewer.scope(), elderId).orElseThrow(ElderProblem::notFound);
        audit.record(AuditEntry.success(viewer.username(), "ID_NUMBER_VIEWED", "elder:" + elderId)
                .inDivision(viewer.division().value()));
        return snapshots.decrypt(sealed);
    }

    private void changeStatus(Viewer viewer, long elderId, ElderStatus status, LocalDate date, String reason) {
        require(viewer, EDITORS);
        ElderDetails current = reader.find(viewer.scope(), elderId, today()).orElseThrow(ElderProblem::notFound);
        if (current.summary().status() != ElderStatus.ACTIVE) {
            throw new ElderProblem(null, "elder.error.notActive");
        }
        if (date == null || date.isAfter(today()) || date.isBefore(current.summary().birthDate())) {
            throw new ElderProblem("statusDate", "elder.error.statusDate");
        }
        if (reason == null || reason.isBlank() || reason.length() > 200) {
            throw new ElderProblem("statusReason", "elder.error.statusReason");
        }
        writer.changeStatus(elderId, status, date, reason.strip(), viewer.username(), clock.instant());
        writer.recordChanges(elderId, Map.of("status", new String[] {ElderStatus.ACTIVE.name(), status.name()}),
                viewer.username(), clock.instant());
        events.publishEvent(new ElderStatusChanged(elderId, current.summary().divisionCode(), status, date));
    }

    private DivisionScope scope(Viewer viewer, String requested) {
        if (requested == null || requested.isBlank()) {
            return viewer.scope();
        }
        var code = divisions.require(requested).divisionCode();
        viewer.requireWithin(code);
        return DivisionScope.of(code);
    }

    private static void require(Viewer viewer, Set<Role> roles) {
        if (!roles.contains(viewer.role())) {
            throw new AccessDeniedException("Role " + viewer.role() + " may not use the elder registry this way");
        }
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }
}
