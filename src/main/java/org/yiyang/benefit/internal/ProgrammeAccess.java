package org.yiyang.benefit.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.Programme;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.region.DivisionScope;
import org.yiyang.shared.DivisionCode;

/**
 * Who may see and change a programme. A regulator sees the programmes of their division subtree and of the
 * divisions above it (a banner applies the region's high-age allowance too) and changes only those of their
 * subtree; an administrator sees and changes all. Programmes belong to a region, league or banner (level 1–3).
 */
@Component
class ProgrammeAccess {


    private final ProgrammeStore store;
    private final DivisionDirectory divisions;

    ProgrammeAccess(ProgrammeStore store, DivisionDirectory divisions) {
        this.store = store;
        this.divisions = divisions;
    }

    /** The programme, or not found when it does not exist or the viewer may not see it. */
    Programme visible(Viewer viewer, long programmeId) {
        return store.find(programmeId).filter(p -> mayView(viewer, p)).orElseThrow(BenefitProblem::notFound);
    }

    /** The programme, if the viewer may change it; one the viewer only sees is refused as read-only. */
    Programme editable(Viewer viewer, long programmeId) {
        Programme programme = visible(viewer, programmeId);
        if (!mayEdit(viewer, programme)) {
            throw BenefitProblem.conflict("benefit.error.readOnly");
        }
        return programme;
    }

    boolean mayView(Viewer viewer, Programme programme) {
        return switch (viewer.role()) {
            case ADMIN -> true;
            case REGULATOR -> viewer.division().contains(programme.division())
                    || programme.division().contains(viewer.division());
            default -> false;
        };
    }

    boolean mayEdit(Viewer viewer, Programme programme) {
        return viewer.is(Role.ADMIN) || viewer.is(Role.REGULATOR) && viewer.division().contains(programme.division());
    }

    /** A new programme's division: a region, league or banner that exists, within a regulator's own division. */
    void requireDefinable(Viewer viewer, DivisionCode division) {
        if (division == null || divisions.find(division).isEmpty()) {
            throw BenefitProblem.of("division", "benefit.error.divisionUnknown");
        }
        if (division.level() > 3) {
            throw BenefitProblem.of("division", "benefit.error.divisionLevel");
        }
        if (!viewer.is(Role.ADMIN) && !(viewer.is(Role.REGULATOR) && viewer.division().contains(division))) {
            throw BenefitProblem.of("division", "benefit.error.divisionOutOfScope");
        }
    }

    /** The subtree whose programmes a viewer lists: everything for an administrator. */
    DivisionScope scope(Viewer viewer) {
        return viewer.is(Role.ADMIN) ? DivisionScope.everything() : viewer.scope();
    }

    /** The codes of the divisions above the viewer's, whose programmes apply to the viewer's division too. */
    List<String> ancestors(Viewer viewer) {
        return viewer.is(Role.ADMIN) ? List.of() : DivisionAncestors.of(viewer.division());
    }

    boolean maySeeAny(Viewer viewer) {
        return viewer.is(Role.ADMIN) || viewer.is(Role.REGULATOR);
    }
}
