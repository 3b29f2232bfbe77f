package org.yiyang.provider;

import java.util.List;
import java.util.Optional;

import org.yiyang.identity.Viewer;

/** The provider module's public API for other modules. */
public interface ProviderDirectory {

    Optional<ProviderInfo> find(long providerId);

    Optional<StaffMember> staff(long staffId);

    /** The provider's staff who may be dispatched to visits ({@link StaffMember#dispatchable()}), by name. */
    List<StaffMember> dispatchableStaff(long providerId);

    /**
     * The provider the viewer works for: a {@code PROVIDER_ADMIN} account tied to a provider, or a
     * {@code CAREGIVER} account on its roster. Empty for every other account.
     */
    Optional<Membership> membershipOf(Viewer viewer);

    /** The accounts of the provider's administrators, to notify them of new orders. */
    List<Long> adminAccounts(long providerId);

    /** Where an account works: the provider, and the roster entry when the account is a staff member's. */
    record Membership(long providerId, Long staffId) {
    }
}
