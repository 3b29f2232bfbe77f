package org.yiyang.benefit;

import java.util.List;

import org.yiyang.identity.Viewer;

/**
 * Elders' wallets (电子钱包): what the elder and linked family may see of them, and happiness points (幸福积分)
 * awarded by staff. Refusals are {@link BenefitProblem}s; nothing has changed when one is thrown.
 */
public interface Wallets {

    /**
     * The wallet of {@code elderId} with page {@code page} of its entries. Only the elder themself (an ELDER
     * account tied to that elder) or a family member with a confirmed link may see it; anyone else is told it
     * does not exist ({@link BenefitProblem#notFound()}).
     */
    WalletView wallet(Viewer viewer, long elderId, int page, int size);

    /**
     * Credits whole points to the elder's wallet of a points programme, for an operator, regulator or
     * administrator whose division contains the elder. The elder must be enrolled (ACTIVE) in the programme.
     * Idempotent per viewer and {@code idempotencyKey}: a retry returns the first award; the same key with
     * another award is refused.
     */
    Awarded awardPoints(Viewer viewer, PointsAward award, String idempotencyKey);

    /** The award's ledger transaction, the points programme wallet's new balance, and whether this call awarded. */
    record Awarded(long transactionId, long balance, boolean created) {
    }

    /** Active points programmes the viewer may award from: in the viewer's division or above it. */
    List<Programme> pointsProgrammes(Viewer viewer);
}
