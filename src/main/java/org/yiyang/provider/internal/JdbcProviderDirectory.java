package org.yiyang.provider.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.provider.ProviderDirectory;
import org.yiyang.provider.ProviderInfo;
import org.yiyang.provider.StaffMember;

@Service
@Transactional(readOnly = true)
class JdbcProviderDirectory implements ProviderDirectory {

    private final ProviderRows providers;
    private final StaffStore staff;
    private final Memberships memberships;

    JdbcProviderDirectory(ProviderRows providers, StaffStore staff, Memberships memberships) {
        this.providers = providers;
        this.staff = staff;
        this.memberships = memberships;
    }

    @Override
    public Optional<ProviderInfo> find(long providerId) {
        return providers.details(providerId).map(ProviderDetails::info);
    }

    @Override
    public Optional<StaffMember> staff(long staffId) {
        return staff.member(staffId);
    }

    @Override
    public List<StaffMember> dispatchableStaff(long providerId) {
        return staff.dispatchable(providerId);
    }

    /** A caregiver who left the roster (deactivated) no longer works for the provider. */
    @Override
    public Optional<Membership> membershipOf(Viewer viewer) {
        if (viewer.is(Role.PROVIDER_ADMIN)) {
            return memberships.ofAccount(viewer.accountId()).filter(m -> m.staffId() == null);
        }
        if (viewer.is(Role.CAREGIVER)) {
            return memberships.ofAccount(viewer.accountId())
                    .filter(m -> m.staffId() != null && staff.member(m.staffId()).map(StaffMember::active).orElse(false));
        }
        return Optional.empty();
    }

    @Override
    public List<Long> adminAccounts(long providerId) {
        return memberships.adminAccounts(providerId);
    }
}
