package org.yiyang.benefit.internal;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.Programme;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.DivisionCode;

/**
 * Who may see what of eligibility. An elder's subsidies: staff (regulator, operator, administrator) of the elder's
 * division, the elder themself, confirmed family; anyone else in those roles is told the elder does not exist.
 * Runs, what-if and proposals: regulators and administrators, for a programme of their division or above it.
 */
@Component
class EligibilityAccess {

    private final ServiceRecipients recipients;
    private final FamilyLinks links;
    private final ProgrammeStore programmes;
    private final BenefitElders elders;

    EligibilityAccess(ServiceRecipients recipients, FamilyLinks links, ProgrammeStore programmes, BenefitElders elders) {
        this.recipients = recipients;
        this.links = links;
        this.programmes = programmes;
        this.elders = elders;
    }

    void requireElder(Viewer viewer, long elderId) {
        boolean allowed = switch (viewer.role()) {
            case ADMIN, REGULATOR, OPERATOR -> divisionOf(elderId).map(viewer::mayView).orElse(false);
            case ELDER -> recipients.ownElderId(viewer).map(own -> own == elderId).orElse(false);
            case FAMILY -> links.linkedElder(viewer, elderId).isPresent();
            default -> throw new AccessDeniedException("Role " + viewer.role() + " does not see elders' subsidies");
        };
        if (!allowed) {
            throw BenefitProblem.notFound();
        }
    }

    void requireOverseer(Viewer viewer) {
        if (!viewer.is(Role.REGULATOR) && !viewer.is(Role.ADMIN)) {
            throw new AccessDeniedException("Role " + viewer.role() + " does not oversee subsidies");
        }
    }

    /** A programme of the overseer's division, or of a division above it (a region programme for a banner). */
    Programme requireProgramme(Viewer viewer, long programmeId) {
        requireOverseer(viewer);
        return programmes.find(programmeId)
                .filter(p -> viewer.mayView(p.division()) || p.division().contains(viewer.division()))
                .orElseThrow(BenefitProblem::notFound);
    }

    /** A region-level regulator or an administrator runs every programme; others the programmes of their division. */
    boolean runsEverything(Viewer viewer) {
        return viewer.is(Role.ADMIN) || viewer.division().level() == 1;
    }

    Optional<DivisionCode> divisionOf(long elderId) {
        return elders.find(elderId).map(BenefitElders.Holder::division);
    }
}
