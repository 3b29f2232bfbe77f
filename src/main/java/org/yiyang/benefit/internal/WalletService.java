package org.yiyang.benefit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.PointsAward;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.WalletView;
import org.yiyang.benefit.Wallets;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.identity.Viewer;
import org.yiyang.region.DivisionScope;
import org.yiyang.shared.DivisionCode;

@Service
class WalletService implements Wallets {

    static final int MAX_PAGE_SIZE = 100;

    private final WalletReader reader;
    private final BenefitElders holders;
    private final HappinessPoints points;
    private final ServiceRecipients recipients;
    private final FamilyLinks familyLinks;
    private final JdbcClient jdbc;

    WalletService(WalletReader reader, BenefitElders holders, HappinessPoints points, ServiceRecipients recipients,
                  FamilyLinks familyLinks, JdbcClient jdbc) {
        this.reader = reader;
        this.holders = holders;
        this.points = points;
        this.recipients = recipients;
        this.familyLinks = familyLinks;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public WalletView wallet(Viewer viewer, long elderId, int page, int size) {
        if (!ownOrLinked(viewer, elderId)) {
            throw BenefitProblem.notFound();
        }
        BenefitElders.Holder elder = holders.find(elderId).orElseThrow(BenefitProblem::notFound);
        return reader.read(elder, Math.max(0, page), Math.max(1, Math.min(size, MAX_PAGE_SIZE)));
    }

    /** The elder themself, or a family member whose link is confirmed; nobody else, staff included. */
    private boolean ownOrLinked(Viewer viewer, long elderId) {
        return switch (viewer.role()) {
            case ELDER -> recipients.ownElderId(viewer).filter(own -> own == elderId).isPresent();
            case FAMILY -> familyLinks.linkedElder(viewer, elderId).isPresent();
            default -> false;
        };
    }

    @Override
    public Awarded awardPoints(Viewer viewer, PointsAward award, String idempotencyKey) {
        try {
            return points.award(viewer, award, idempotencyKey);
        } catch (DuplicateKeyException concurrentRetry) {
            Optional<Awarded> earlier = points.earlier(points.ledgerKey(viewer, idempotencyKey), award);
            return earlier.orElseThrow(() -> concurrentRetry);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Programme> pointsProgrammes(Viewer viewer) {
        DivisionScope scope = viewer.scope();
        return scope.bind(jdbc.sql("SELECT " + ProgrammeStore.PROGRAMME_COLUMNS + " FROM benefit_programme p"
                        + " WHERE p.status = 'ACTIVE' AND p.payout = 'POINTS' AND (" + scope.where("p.division_code")
                        + " OR p.division_code IN (:above)) ORDER BY p.division_code, p.id"
                        + " OFFSET 0 ROWS FETCH NEXT " + MAX_PAGE_SIZE + " ROWS ONLY"))
                .param("above", above(viewer.division()))
                .query(ProgrammeStore::programme).list();
    }

    /** The region, league, banner and township a division lies in (not itself). */
    static List<String> above(DivisionCode division) {
        List<String> codes = new ArrayList<>();
        for (int digits : new int[] {2, 4, 6, 9}) {
            if (digits < division.prefix().length()) {
                codes.add(division.value().substring(0, digits) + "0".repeat(12 - digits));
            }
        }
        return codes.isEmpty() ? List.of("-") : codes;
    }
}
