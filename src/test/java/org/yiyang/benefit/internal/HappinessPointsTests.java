package org.yiyang.benefit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.yiyang.IntegrationTest;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.Payout;
import org.yiyang.benefit.PointsAward;
import org.yiyang.benefit.PointsReason;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.RuleAmounts;
import org.yiyang.benefit.Wallets;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.service.ServiceFixtures;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;

@IntegrationTest
class HappinessPointsTests {

    static final Viewer OTHER_LEAGUE_REGULATOR = new Viewer(5, "hulunbuir-regulator", "R", Role.REGULATOR,
            DivisionCode.of("150700000000"));

    @Autowired Wallets wallets;
    @Autowired ServiceFixtures orders;
    @Autowired ApplicationContext context;

    WalletScenario scenario;
    Programme points;
    long elder;

    @BeforeEach
    void enrolled() {
        scenario = WalletScenario.of(context);
        points = scenario.pointsProgrammeLeavingOutTheNeighbours(10);
        elder = orders.elder();
        scenario.enrol(points, elder);
    }

    @Test
    void anOperatorAwardsPointsOnceHoweverOftenTheFormIsSent() {
        String key = ServiceFixtures.key();
        PointsAward award = new PointsAward(elder, points.id(), 20, PointsReason.VOLUNTEERING, "重阳节送餐");

        Wallets.Awarded first = wallets.awardPoints(ServiceFixtures.BANNER_OPERATOR, award, key);
        long transactions = scenario.transactionCount();
        Wallets.Awarded retry = wallets.awardPoints(ServiceFixtures.BANNER_OPERATOR, award, key);

        assertThat(first.created()).isTrue();
        assertThat(first.balance()).isEqualTo(20);
        assertThat(retry).isEqualTo(new Wallets.Awarded(first.transactionId(), 20, false));
        assertThat(scenario.transactionCount()).isEqualTo(transactions);
        assertThat(scenario.wallet(points, elder)).isEqualTo(20).isEqualTo(scenario.walletEntrySum(points, elder));
        assertThat(scenario.pointsIssued(points)).isEqualTo(-20);
        assertThatThrownBy(() -> wallets.awardPoints(ServiceFixtures.BANNER_OPERATOR,
                new PointsAward(elder, points.id(), 30, PointsReason.VOLUNTEERING, null), key))
                .isInstanceOfSatisfying(BenefitProblem.class, p -> assertThat(p.messageKey()).isEqualTo("wallet.error.idempotencyReused"));
        assertThat(scenario.unbalancedTransactionsOf(elder)).isEmpty();
    }

    @Test
    void badAwardsAreRefusedWithTheirReasonAndChangeNothing() {
        Programme subsidy = scenario.programme(ProgrammeKind.SERVICE_SUBSIDY, Payout.SUBSIDY_WALLET,
                RuleAmounts.monthly(Money.ofFen(1000)));
        long transactions = scenario.transactionCount();

        assertRefused(new PointsAward(elder, points.id(), 0, PointsReason.ACTIVITY, null), "points", "wallet.error.points");
        assertRefused(new PointsAward(elder, points.id(), 1_001, PointsReason.ACTIVITY, null), "points", "wallet.error.points");
        assertRefused(new PointsAward(elder, points.id(), 5, null, null), "reason", "wallet.error.reason");
        assertRefused(new PointsAward(elder, points.id(), 5, PointsReason.OTHER, "很".repeat(201)), "note", "wallet.error.note");
        assertRefused(new PointsAward(elder, subsidy.id(), 5, PointsReason.OTHER, null), "programmeId", "wallet.error.pointsProgramme");
        assertRefused(new PointsAward(orders.elderNextDoor(), points.id(), 5, PointsReason.OTHER, null), "elderId", "wallet.error.notEnrolled");
        assertRefused(new PointsAward(orders.elderInHulunbuir(), points.id(), 5, PointsReason.OTHER, null), "elderId",
                "wallet.error.elderNotFound");
        assertThatThrownBy(() -> wallets.awardPoints(OTHER_LEAGUE_REGULATOR,
                new PointsAward(elder, points.id(), 5, PointsReason.OTHER, null), ServiceFixtures.key()))
                .isInstanceOfSatisfying(BenefitProblem.class, p -> assertThat(p.field()).isEqualTo("programmeId"));
        assertThatThrownBy(() -> wallets.awardPoints(ServiceFixtures.BANNER_OPERATOR,
                new PointsAward(elder, points.id(), 5, PointsReason.OTHER, null), "short"))
                .isInstanceOfSatisfying(BenefitProblem.class, p -> assertThat(p.messageKey()).isEqualTo("wallet.error.idempotencyKey"));
        assertThatThrownBy(() -> wallets.awardPoints(orders.viewer("elder"),
                new PointsAward(elder, points.id(), 5, PointsReason.OTHER, null), ServiceFixtures.key()))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(scenario.transactionCount()).isEqualTo(transactions);
        assertThat(scenario.wallet(points, elder)).isZero();
    }

    @Test
    void theProgrammesToAwardFromAreThoseOfTheViewersDivisionAndAbove() {
        assertThat(wallets.pointsProgrammes(ServiceFixtures.BANNER_OPERATOR)).extracting(Programme::id).contains(points.id());
        assertThat(wallets.pointsProgrammes(OTHER_LEAGUE_REGULATOR)).extracting(Programme::id).doesNotContain(points.id());
        assertThat(wallets.pointsProgrammes(new Viewer(6, "village", "V", Role.OPERATOR, DivisionCode.of("152221100001"))))
                .extracting(Programme::id).contains(points.id());
    }

    private void assertRefused(PointsAward award, String field, String messageKey) {
        assertThatThrownBy(() -> wallets.awardPoints(ServiceFixtures.BANNER_OPERATOR, award, ServiceFixtures.key()))
                .isInstanceOfSatisfying(BenefitProblem.class, p -> {
                    assertThat(p.messageKey()).isEqualTo(messageKey);
                    assertThat(p.field()).isEqualTo(field);
                });
    }
}
