package org.yiyang.provider;

/**
 * One person on a provider's roster. {@code accountId} is the platform account they sign in with (a
 * {@code CAREGIVER} account for field staff), empty for staff who never use the platform.
 */
public record StaffMember(long id, long providerId, String name, StaffRole role, String qualification,
                          boolean preJobTrained, boolean active, Long accountId) {

    /** May be sent to an elder's home: active, a visiting role, and trained before the job (岗前培训). */
    public boolean dispatchable() {
        return active && preJobTrained && role.visits();
    }
}
