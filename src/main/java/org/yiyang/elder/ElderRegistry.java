package org.yiyang.elder;

import java.time.LocalDate;
import java.util.Optional;

import org.yiyang.identity.Viewer;

/**
 * The elder registry (老年人信息库), the module's public API. Every method acts for a {@link Viewer} and
 * stays inside the viewer's division: an elder outside it is not found, a division outside it is refused.
 */
public interface ElderRegistry {

    long register(Viewer viewer, ElderDraft draft);

    void update(Viewer viewer, long elderId, ElderDraft draft);

    void recordDeath(Viewer viewer, long elderId, LocalDate date, String reason);

    void recordMoveOut(Viewer viewer, long elderId, LocalDate date, String reason);

    ElderPage search(Viewer viewer, ElderQuery query, int page, int size);

    Optional<ElderDetails> find(Viewer viewer, long elderId);

    /** The full ID number, for roles that need it; every call is written to the audit trail. */
    String revealIdNumber(Viewer viewer, long elderId);
}
