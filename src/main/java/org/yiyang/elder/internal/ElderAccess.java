package org.yiyang.elder.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.yiyang.elder.ElderProblem;
import org.yiyang.elder.ElderSummary;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.region.DivisionScope;
import org.yiyang.shared.DivisionCode;

/**
 * Who may act for one elder outside the registry's own pages: staff who keep the registry (within their
 * division), the elder themself (through their tied {@code ELDER} account), and a family member with a
 * confirmed link. Anyone else in those roles is told the elder does not exist; other roles are refused.
 */
@Component
class ElderAccess {

    enum Standing { STAFF, SELF, FAMILY }

    static final Set<Role> ACTING_ROLES = EnumSet.of(Role.REGULATOR, Role.OPERATOR, Role.ELDER, Role.FAMILY);

    private final JdbcClient jdbc;
    private final ElderReader reader;

    ElderAccess(JdbcClient jdbc, ElderReader reader) {
        this.jdbc = jdbc;
        this.reader = reader;
    }

    /** How the viewer stands to the elder; {@link ElderProblem#notFound()} when not at all. */
    Standing require(Viewer viewer, long elderId) {
        if (!ACTING_ROLES.contains(viewer.role())) {
            throw new AccessDeniedException("Role " + viewer.role() + " does not act for elders");
        }
        return standing(viewer, elderId).orElseThrow(ElderProblem::notFound);
    }

    Optional<Standing> standing(Viewer viewer, long elderId) {
        return switch (viewer.role()) {
            case REGULATOR, OPERATOR -> divisionOf(elderId).filter(viewer::mayView).map(d -> Standing.STAFF);
            case ELDER -> ownElderId(viewer).filter(id -> id == elderId).map(id -> Standing.SELF);
            case FAMILY -> linked(viewer, elderId) ? Optional.of(Standing.FAMILY) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** Staff of the elder's division only. */
    void requireStaff(Viewer viewer, long elderId) {
        if (!ElderRegistryService.EDITORS.contains(viewer.role())) {
            throw new AccessDeniedException("Role " + viewer.role() + " does not keep the registry");
        }
        divisionOf(elderId).filter(viewer::mayView).orElseThrow(ElderProblem::notFound);
    }

    Optional<DivisionCode> divisionOf(long elderId) {
        return jdbc.sql("SELECT division_code FROM elder_person WHERE id = :id").param("id", elderId)
                .query(String.class).optional().map(DivisionCode::of);
    }

    Optional<Long> ownElderId(Viewer viewer) {
        if (!viewer.is(Role.ELDER)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT elder_id FROM elder_account WHERE account_key = :account")
                .param("account", viewer.accountId()).query(Long.class).optional();
    }

    /** The elder's summary, read within the elder's own division (access must have been checked). */
    Optional<ElderSummary> summary(long elderId, LocalDate today) {
        return divisionOf(elderId)
                .flatMap(division -> reader.find(DivisionScope.of(division), elderId, today))
                .map(details -> details.summary());
    }

    private boolean linked(Viewer family, long elderId) {
        return jdbc.sql("SELECT COUNT(*) FROM elder_family_link WHERE open_key = :key AND status = 'CONFIRMED'")
                .param("key", FamilyLinkStore.openKey(elderId, family.accountId()))
                .query(Long.class).single() > 0;
    }
}
