package org.yiyang.elder;

import java.time.Instant;
import java.util.Optional;

import org.yiyang.identity.Viewer;

/**
 * Ties an {@code ELDER} account to the elder's record (老人本人账号), so that the elder who signs in sees their
 * own record and confirms family requests about themself. Set by an operator or regulator of the elder's
 * division; audited.
 */
public interface ElderAccounts {

    void assign(Viewer staff, long elderId, String username);

    void end(Viewer staff, long elderId);

    Optional<Assignment> current(Viewer staff, long elderId);

    /** The record of the signed-in elder, if their account has been tied to one. */
    Optional<ElderSummary> ownElder(Viewer elder);

    record Assignment(String username, String assignedBy, Instant assignedAt) {
    }
}
