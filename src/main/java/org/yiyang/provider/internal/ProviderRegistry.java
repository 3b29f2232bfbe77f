package org.yiyang.provider.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.AccountDirectory.AccountRef;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.provider.ProviderKind;
import org.yiyang.provider.ProviderProblem;
import org.yiyang.provider.ProviderStatus;
import org.yiyang.provider.ProviderStatusChanged;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.region.DivisionScope;
import org.yiyang.shared.DivisionCode;

/**
 * The provider registry (机构登记): regulators and administrators register providers within their division,
 * change their status with a reason and tie {@code PROVIDER_ADMIN} accounts to them; a provider's own
 * administrators keep its profile, opening hours and services up to date.
 */
@Service
@Transactional
public class ProviderRegistry {

    private final ProviderValidator validator;
    private final ProviderWriter writer;
    private final ProviderRows rows;
    private final ProviderLists lists;
    private final ProviderAccess access;
    private final Memberships memberships;
    private final AccountDirectory accounts;
    private final DivisionDirectory divisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProviderRegistry(ProviderValidator validator, ProviderWriter writer, ProviderRows rows, ProviderLists lists,
                     ProviderAccess access, Memberships memberships, AccountDirectory accounts,
                     DivisionDirectory divisions, ApplicationEventPublisher events, Clock clock) {
        this.validator = validator;
        this.writer = writer;
        this.rows = rows;
        this.lists = lists;
        this.access = access;
        this.memberships = memberships;
        this.accounts = accounts;
        this.divisions = divisions;
        this.events = events;
        this.clock = clock;
    }

    public long register(Viewer viewer, ProviderDraft draft) {
        ProviderAccess.requireRegulatorRole(viewer);
        return writer.insert(validator.validate(viewer, draft), viewer.username(), clock.instant());
    }

    /** A provider's own administrator cannot change its kind, division, operating model or licence numbers. */
    public void update(Viewer viewer, long providerId, ProviderDraft draft) {
        var standing = access.require(viewer, providerId);
        ProviderDetails stored = rows.details(providerId).orElseThrow(ProviderProblem::notFound);
        ProviderDraft allowed = standing == ProviderAccess.Standing.OWN_ADMIN ? draft.withRegistrationOf(stored) : draft;
        // An own administrator's division is the stored one, which may lie outside their account's division
        Viewer checking = standing == ProviderAccess.Standing.OWN_ADMIN
                ? new Viewer(viewer.accountId(), viewer.username(), viewer.displayName(), viewer.role(),
                        stored.info().division())
                : viewer;
        writer.update(providerId, validator.validate(checking, allowed), viewer.username(), clock.instant());
    }

    public void changeStatus(Viewer viewer, long providerId, ProviderStatus to, String reason) {
        access.requireRegulator(viewer, providerId);
        ProviderDetails stored = rows.details(providerId).orElseThrow(ProviderProblem::notFound);
        ProviderStatus from = stored.info().status();
        if (to == null) {
            throw new ProviderProblem("status", "provider.error.required");
        }
        if (from == ProviderStatus.CLOSED) {
            throw new ProviderProblem("status", "provider.error.closed");
        }
        if (from == to) {
            throw new ProviderProblem("status", "provider.error.sameStatus");
        }
        String why = ProviderValidator.required("reason", reason, 200);
        writer.changeStatus(providerId, from, to, why, viewer.username(), clock.instant());
        events.publishEvent(new ProviderStatusChanged(providerId, stored.info().division(), from, to));
    }

    /** Ties a {@code PROVIDER_ADMIN} account (by username) of the regulator's division to the provider. */
    public void tieAdmin(Viewer viewer, long providerId, String username) {
        access.requireRegulator(viewer, providerId);
        AccountRef account = accounts.findByUsername(username)
                .filter(a -> a.enabled() && viewer.mayView(a.division()))
                .orElseThrow(() -> new ProviderProblem("username", "provider.error.noAccount"));
        if (account.role() != Role.PROVIDER_ADMIN) {
            throw new ProviderProblem("username", "provider.error.notProviderAdmin");
        }
        if (memberships.tied(account.id())) {
            throw new ProviderProblem("username", "provider.error.alreadyTied");
        }
        memberships.tie(account.id(), account.username(), providerId, null, viewer.username(), clock.instant());
    }

    @Transactional(readOnly = true)
    public ProviderDetails details(Viewer viewer, long providerId) {
        access.require(viewer, providerId);
        return rows.details(providerId).orElseThrow(ProviderProblem::notFound);
    }

    /** Whether the viewer may change status and tie administrators (not only edit the profile). */
    @Transactional(readOnly = true)
    public boolean regulates(Viewer viewer, long providerId) {
        return access.require(viewer, providerId) == ProviderAccess.Standing.REGULATOR;
    }

    @Transactional(readOnly = true)
    public Optional<Long> ownProvider(Viewer viewer) {
        long id = viewer.is(Role.PROVIDER_ADMIN) ? access.ownProvider(viewer) : -1;
        return id < 0 ? Optional.empty() : Optional.of(id);
    }

    @Transactional(readOnly = true)
    public List<String> adminUsernames(Viewer viewer, long providerId) {
        access.require(viewer, providerId);
        return memberships.adminUsernames(providerId);
    }

    @Transactional(readOnly = true)
    public ListPage<ProviderRow> list(Viewer viewer, String text, ProviderKind kind, ProviderStatus status,
                                      String division, int page, int size) {
        ProviderAccess.requireRegulatorRole(viewer);
        DivisionScope scope = viewer.scope();
        if (division != null && !division.isBlank()) {
            DivisionCode code = DivisionCode.parse(division).flatMap(divisions::find)
                    .orElseThrow(() -> new ProviderProblem("division", "provider.error.division")).divisionCode();
            viewer.requireWithin(code);
            scope = DivisionScope.of(code);
        }
        return lists.page(scope, text, kind, status, Math.max(0, page), Math.min(Math.max(1, size), 100));
    }
}
