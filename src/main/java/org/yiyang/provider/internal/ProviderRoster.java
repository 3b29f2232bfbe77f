package org.yiyang.provider.internal;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.AccountDirectory.AccountRef;
import org.yiyang.identity.PersonalDataProtection;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.provider.ProviderProblem;
import org.yiyang.shared.InvalidPhoneNumber;
import org.yiyang.shared.PhoneNumber;

/**
 * A provider's staff roster (人员名册), kept by the provider's own administrators or by regulators of its
 * division: add, edit, deactivate (never delete) and tie a member to their {@code CAREGIVER} account.
 */
@Service
@Transactional
public class ProviderRoster {

    private final StaffStore store;
    private final ProviderAccess access;
    private final ProviderRows providers;
    private final Memberships memberships;
    private final AccountDirectory accounts;
    private final PersonalDataProtection protection;
    private final Clock clock;

    ProviderRoster(StaffStore store, ProviderAccess access, ProviderRows providers, Memberships memberships,
                   AccountDirectory accounts, PersonalDataProtection protection, Clock clock) {
        this.store = store;
        this.access = access;
        this.providers = providers;
        this.memberships = memberships;
        this.accounts = accounts;
        this.protection = protection;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ListPage<StaffRow> roster(Viewer viewer, long providerId, int page, int size) {
        access.require(viewer, providerId);
        return store.roster(providerId, Math.max(0, page), Math.min(Math.max(1, size), 100));
    }

    @Transactional(readOnly = true)
    public StaffRow staffMember(Viewer viewer, long providerId, long staffId) {
        access.require(viewer, providerId);
        return find(providerId, staffId);
    }

    public long add(Viewer viewer, long providerId, StaffDraft draft) {
        access.require(viewer, providerId);
        String division = providers.divisionOf(providerId).orElseThrow(ProviderProblem::notFound).value();
        return store.insert(providerId, division, seal(draft), viewer.username(), clock.instant());
    }

    public void update(Viewer viewer, long providerId, long staffId, StaffDraft draft) {
        access.require(viewer, providerId);
        find(providerId, staffId);
        store.update(staffId, seal(draft), viewer.username(), clock.instant());
    }

    public void deactivate(Viewer viewer, long providerId, long staffId) {
        access.require(viewer, providerId);
        if (find(providerId, staffId).active()) {
            memberships.releaseStaff(staffId);
            store.setActive(staffId, false, viewer.username(), clock.instant());
        }
    }

    public void reactivate(Viewer viewer, long providerId, long staffId) {
        access.require(viewer, providerId);
        if (!find(providerId, staffId).active()) {
            store.setActive(staffId, true, viewer.username(), clock.instant());
        }
    }

    /** The account must be an enabled {@code CAREGIVER} account not yet tied to any provider. */
    public void tieAccount(Viewer viewer, long providerId, long staffId, String username) {
        access.require(viewer, providerId);
        StaffRow staff = find(providerId, staffId);
        if (!staff.active()) {
            throw new ProviderProblem("username", "provider.error.staffInactive");
        }
        if (staff.accountUsername() != null) {
            throw new ProviderProblem("username", "provider.error.staffTied");
        }
        AccountRef account = accounts.findByUsername(username).filter(AccountRef::enabled)
                .orElseThrow(() -> new ProviderProblem("username", "provider.error.noAccount"));
        if (account.role() != Role.CAREGIVER) {
            throw new ProviderProblem("username", "provider.error.notCaregiver");
        }
        if (memberships.tied(account.id())) {
            throw new ProviderProblem("username", "provider.error.alreadyTied");
        }
        store.tieAccount(staffId, account.id(), viewer.username(), clock.instant());
        memberships.tie(account.id(), account.username(), providerId, staffId, viewer.username(), clock.instant());
    }

    private StaffRow find(long providerId, long staffId) {
        return store.row(staffId).filter(s -> s.providerId() == providerId).orElseThrow(ProviderProblem::notFound);
    }

    private StaffStore.Sealed seal(StaffDraft d) {
        String name = ProviderValidator.required("name", d.name(), 50);
        if (d.role() == null) {
            throw new ProviderProblem("role", "provider.error.required");
        }
        String qualification = ProviderValidator.optional("qualification", d.qualification(), 100);
        String certificate = ProviderValidator.optional("certificateNumber", d.certificateNumber(), 50);
        PhoneNumber phone = phone(d.phone());
        return new StaffStore.Sealed(name, d.role(), qualification, certificate,
                phone == null ? null : protection.encrypt(phone.value()), phone == null ? null : phone.masked(),
                d.preJobTrained());
    }

    private static PhoneNumber phone(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return PhoneNumber.parse(text);
        } catch (InvalidPhoneNumber e) {
            throw new ProviderProblem("phone", e.messageKey());
        }
    }
}
