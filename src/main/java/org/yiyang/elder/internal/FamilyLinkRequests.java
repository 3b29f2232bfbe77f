package org.yiyang.elder.internal;

import org.yiyang.shared.ChinaTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiyang.elder.ElderProblem;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.elder.LinkRequest;
import org.yiyang.identity.AuditTrail;
import org.yiyang.identity.AuditTrail.AuditEntry;
import org.yiyang.identity.PersonalDataProtection;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.IdNumber;
import org.yiyang.shared.InvalidIdNumber;

/**
 * A family member's request to be linked. Everything the requester can observe — the answer, the daily count,
 * the row in their own list — is the same whether the ID number matched a registered elder, matched one they
 * already asked for, or matched nobody: only the stored status differs, and staff alone see it.
 */
@Component
class FamilyLinkRequests {

    private record Match(long elderId, String divisionCode) {
    }

    private final FamilyLinkStore store;
    private final JdbcClient jdbc;
    private final PersonalDataProtection protection;
    private final AuditTrail audit;
    private final Clock clock;

    FamilyLinkRequests(FamilyLinkStore store, JdbcClient jdbc, PersonalDataProtection protection, AuditTrail audit,
                       Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.protection = protection;
        this.audit = audit;
        this.clock = clock;
    }

    void record(Viewer family, LinkRequest request, LocalDate today) {
        IdNumber idNumber = parse(request.idNumber(), today);
        if (request.relation() == null) {
            throw new ElderProblem("relation", "family.error.relationRequired");
        }
        if (idNumber.ageOn(today) < ElderValidator.MIN_AGE) {
            throw new ElderProblem("idNumber", "family.error.under60");
        }
        Instant now = clock.instant();
        Instant startOfDay = today.atStartOfDay(ChinaTime.ZONE).toInstant();
        if (store.countSince(family.accountId(), startOfDay) >= FamilyLinks.DAILY_REQUEST_LIMIT) {
            audit.record(AuditEntry.denied(family.username(), "FAMILY_LINK_RATE_LIMITED", "account:" + family.accountId(),
                    "limit=" + FamilyLinks.DAILY_REQUEST_LIMIT).inDivision(family.division().value()));
            throw new ElderProblem(null, "family.error.rateLimited");
        }
        Optional<Match> match = match(idNumber);
        if (match.isEmpty()) {
            long id = store.insertClosed(null, family, request.relation(), idNumber.masked(), FamilyLinkStore.NO_MATCH, now);
            audit.record(AuditEntry.failure(family.username(), "FAMILY_LINK_REQUESTED", "family-link:" + id, "no match")
                    .inDivision(family.division().value()));
            return;
        }
        long elderId = match.get().elderId();
        String target = "elder:" + elderId;
        if (!store.hasOpen(elderId, family.accountId())) {
            store.insertRequested(elderId, family, request.relation(), idNumber.masked(), now);
            audit.record(AuditEntry.success(family.username(), "FAMILY_LINK_REQUESTED", target)
                    .inDivision(match.get().divisionCode()).withDetail("relation=" + request.relation()));
            return;
        }
        store.insertClosed(elderId, family, request.relation(), idNumber.masked(), FamilyLinkStore.DUPLICATE, now);
        audit.record(AuditEntry.failure(family.username(), "FAMILY_LINK_REQUESTED", target, "duplicate")
                .inDivision(match.get().divisionCode()));
    }

    /** Only elders still in the registry (在册) can be linked to. */
    private Optional<Match> match(IdNumber idNumber) {
        return jdbc.sql("SELECT id, division_code FROM elder_person WHERE id_number_index = :idx AND status = 'ACTIVE'")
                .param("idx", protection.blindIndex(ElderWriter.ID_INDEX, idNumber.value()))
                .query((rs, n) -> new Match(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    private static IdNumber parse(String text, LocalDate today) {
        try {
            return IdNumber.parse(text, today);
        } catch (InvalidIdNumber e) {
            throw new ElderProblem("idNumber", e.messageKey());
        }
    }
}
