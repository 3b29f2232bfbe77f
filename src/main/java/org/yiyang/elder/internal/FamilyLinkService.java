package org.yiyang.elder.internal;

import org.yiyang.shared.ChinaTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.elder.ElderProblem;
import org.yiyang.elder.FamilyLink;
import org.yiyang.elder.FamilyLinkConfirmed;
import org.yiyang.elder.FamilyLinkPage;
import org.yiyang.elder.FamilyLinkRevoked;
import org.yiyang.elder.FamilyLinkStatus;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.elder.FamilyRequest;
import org.yiyang.elder.LinkRequest;
import org.yiyang.elder.LinkedElder;
import org.yiyang.elder.internal.ElderAccess.Standing;
import org.yiyang.identity.AuditTrail;
import org.yiyang.identity.AuditTrail.AuditEntry;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;

@Service
@Transactional
class FamilyLinkService implements FamilyLinks {

    private final FamilyLinkStore store;
    private final FamilyLinkRequests requests;
    private final ElderAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FamilyLinkService(FamilyLinkStore store, FamilyLinkRequests requests, ElderAccess access, AuditTrail audit,
                      ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.requests = requests;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void request(Viewer family, LinkRequest request) {
        requireRole(family, Role.FAMILY);
        requests.record(family, request, today());
    }

    @Override
    @Transactional(readOnly = true)
    public List<FamilyRequest> requestsOf(Viewer family) {
        requireRole(family, Role.FAMILY);
        return store.requestsOf(family.accountId(), 20);
    }

    @Override
    @Transactional(readOnly = true)
    public List<LinkedElder> linkedElders(Viewer family) {
        requireRole(family, Role.FAMILY);
        LocalDate today = today();
        return store.confirmedOf(family.accountId()).stream()
                .flatMap(c -> access.summary(c.elderId(), today).map(s -> new LinkedElder(c.linkId(), c.relation(), s)).stream())
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LinkedElder> linkedElder(Viewer family, long elderId) {
        return linkedElders(family).stream().filter(l -> l.elder().id() == elderId).findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<FamilyLink> linksOf(Viewer viewer, long elderId) {
        if (access.require(viewer, elderId) == Standing.FAMILY) {
            throw ElderProblem.notFound();
        }
        return store.ofElder(elderId, 50);
    }

    @Override
    @Transactional(readOnly = true)
    public FamilyLinkPage desk(Viewer staff, FamilyLinkStatus status, int page, int size) {
        if (!ElderRegistryService.EDITORS.contains(staff.role())) {
            throw new AccessDeniedException("Role " + staff.role() + " has no family-link desk");
        }
        int p = Math.max(0, page);
        int s = Math.min(Math.max(1, size), 100);
        return new FamilyLinkPage(store.desk(staff.scope(), status, p, s), p, s, store.countDesk(staff.scope(), status));
    }

    @Override
    public void confirm(Viewer decider, long linkId) {
        var link = decidable(decider, linkId);
        if (!store.decide(linkId, FamilyLinkStatus.CONFIRMED, decider, null, clock.instant())) {
            throw new ElderProblem(null, "family.error.notPending");
        }
        record(decider, "FAMILY_LINK_CONFIRMED", link);
        events.publishEvent(new FamilyLinkConfirmed(linkId, link.elderId(), link.familyAccountId()));
    }

    @Override
    public void reject(Viewer decider, long linkId, String reason) {
        var link = decidable(decider, linkId);
        String why = reason(reason, true);
        if (!store.decide(linkId, FamilyLinkStatus.REJECTED, decider, why, clock.instant())) {
            throw new ElderProblem(null, "family.error.notPending");
        }
        record(decider, "FAMILY_LINK_REJECTED", link);
    }

    @Override
    public void revoke(Viewer actor, long linkId, String reason) {
        var link = store.find(linkId).filter(l -> l.elderId() != null).orElseThrow(ElderProblem::notFound);
        Standing standing = access.require(actor, link.elderId());
        if (standing == Standing.FAMILY && link.familyAccountId() != actor.accountId()) {
            throw ElderProblem.notFound();
        }
        String why = reason(reason, false);
        if (!store.revoke(linkId, actor, why, clock.instant())) {
            throw new ElderProblem(null, "family.error.notConfirmed");
        }
        record(actor, "FAMILY_LINK_REVOKED", link);
        events.publishEvent(new FamilyLinkRevoked(linkId, link.elderId(), link.familyAccountId()));
    }

    /** The elder themself or staff of the elder's division decide; a family member never decides. */
    private FamilyLinkStore.Stored decidable(Viewer decider, long linkId) {
        if (decider.is(Role.FAMILY)) {
            throw new AccessDeniedException("A family member does not decide on link requests");
        }
        var link = store.find(linkId).filter(l -> l.elderId() != null).orElseThrow(ElderProblem::notFound);
        access.require(decider, link.elderId());
        if (link.status() != FamilyLinkStatus.REQUESTED) {
            throw new ElderProblem(null, "family.error.notPending");
        }
        return link;
    }

    private void record(Viewer actor, String action, FamilyLinkStore.Stored link) {
        audit.record(AuditEntry.success(actor.username(), action, "elder:" + link.elderId())
                .inDivision(access.divisionOf(link.elderId()).map(d -> d.value()).orElse(null))
                .withDetail("link:" + link.id() + " account:" + link.familyAccountId() + " by=" + actor.role()));
    }

    private static String reason(String text, boolean required) {
        String reason = text == null ? "" : text.strip();
        if (required && reason.isEmpty()) {
            throw new ElderProblem("reason", "family.error.reasonRequired");
        }
        if (reason.length() > 200) {
            throw new ElderProblem("reason", "family.error.reasonTooLong");
        }
        return reason.isEmpty() ? null : reason;
    }

    private static void requireRole(Viewer viewer, Role role) {
        if (!viewer.is(role)) {
            throw new AccessDeniedException("Only " + role + " accounts do this");
        }
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }
}
