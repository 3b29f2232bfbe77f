package org.yiyang.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.yiyang.IntegrationTest;
import org.yiyang.TestClock;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.Role;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.provider.ProviderDirectory;

@IntegrationTest
class ReviewsTests {

    @Autowired
    ServiceFixtures fixtures;

    @Autowired Reviews reviews;
    @Autowired Complaints complaints;
    @Autowired OrderDesk desk;
    @Autowired ServiceCatalogue catalogue;
    @Autowired ElderRegistry registry;
    @Autowired AccountDirectory accounts;
    @Autowired AccountAdministration administration;
    @Autowired FamilyLinks links;
    @Autowired ProviderDirectory providers;
    @Autowired ServiceRecipients recipients;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    ReviewScenario scenario;

    @BeforeEach
    void scenario() {
        scenario = new ReviewScenario(fixtures, desk, administration, accounts, links, registry, jdbc);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static ReviewDraft draft(int stars, ReviewTag... tags) {
        return new ReviewDraft(stars, tags.length == 0 ? Set.of() : EnumSet.of(tags[0], tags), "谢谢");
    }

    @Test
    void theElderSideRatesADoneOrderWhichMovesItToReviewedAndShowsTheReviewToTheProvider() {
        long order = scenario.doneOrder(clock);

        Review review = reviews.review(ServiceFixtures.BANNER_OPERATOR, order,
                new ReviewDraft(5, Set.of(ReviewTag.ON_TIME, ReviewTag.SKILLED), "  护理员很细心  "));

        assertThat(review.stars()).isEqualTo(5);
        assertThat(review.tags()).containsExactlyInAnyOrder(ReviewTag.ON_TIME, ReviewTag.SKILLED);
        assertThat(review.comment()).isEqualTo("护理员很细心");
        assertThat(review.complaintId()).isNull();
        assertThat(scenario.orderStatus(order)).isEqualTo("REVIEWED");
        assertThat(desk.find(ServiceFixtures.BANNER_OPERATOR, order).orElseThrow().actions())
                .doesNotContain(OrderAction.REVIEW);
        assertThat(reviews.find(scenario.fixtures().providerAdmin(), order)).contains(review);
        assertThat(jdbc.sql("SELECT tags FROM service_review WHERE order_id = :o").param("o", order)
                .query(String.class).single()).isEqualTo("ON_TIME,SKILLED");
    }

    @Test
    void anOrderThatIsNotDoneCannotBeRatedAndNothingChanges() {
        long order = scenario.placedOrder(clock);

        assertThatThrownBy(() -> reviews.review(ServiceFixtures.BANNER_OPERATOR, order, draft(5)))
                .isInstanceOfSatisfying(OrderProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("review.error.notDone"));
        assertThat(scenario.orderStatus(order)).isEqualTo("PLACED");
        assertThat(scenario.reviewCount(order)).isZero();
    }

    @Test
    void aSecondReviewIsRefusedWithAClearMessageAndTheFirstStandsUnchanged() {
        long order = scenario.doneOrder(clock);
        reviews.review(ServiceFixtures.BANNER_OPERATOR, order, draft(4, ReviewTag.CLEAN));

        assertThatThrownBy(() -> reviews.review(ServiceFixtures.BANNER_OPERATOR, order, draft(1, ReviewTag.RUDE)))
                .isInstanceOfSatisfying(OrderProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("review.error.alreadyReviewed"));
        assertThat(scenario.reviewCount(order)).isEqualTo(1);
        Review stored = reviews.find(ServiceFixtures.BANNER_OPERATOR, order).orElseThrow();
        assertThat(stored.stars()).isEqualTo(4);
        assertThat(stored.tags()).containsExactly(ReviewTag.CLEAN);
        assertThat(scenario.complaintsOf(order)).isEmpty();
    }

    @Test
    void aLinkedFamilyMemberRatesButAFamilyMemberWithoutALinkIsToldTheOrderDoesNotExist() {
        var linked = scenario.linkedFamily();
        long order = scenario.doneOrder(clock, linked.elderId());
        var stranger = scenario.account(Role.FAMILY, ServiceFixtures.BANNER);

        assertThatThrownBy(() -> reviews.review(stranger, order, draft(5)))
                .isInstanceOfSatisfying(OrderProblem.class, p -> assertThat(p.isNotFound()).isTrue());
        assertThat(reviews.find(stranger, order)).isEmpty();
        assertThat(scenario.reviewCount(order)).isZero();

        reviews.review(linked.family(), order, draft(5));
        assertThat(scenario.orderStatus(order)).isEqualTo("REVIEWED");
    }

    @Test
    void theProviderCannotRateItsOwnVisit() {
        long order = scenario.doneOrder(clock);

        assertThatThrownBy(() -> reviews.review(scenario.fixtures().providerAdmin(), order, draft(5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(scenario.orderStatus(order)).isEqualTo("DONE");
    }

    @Test
    void twoStarsOpenAComplaintDueFortyEightHoursLaterInTheSameStep() {
        long order = scenario.doneOrder(clock);
        Instant before = clock.instant();

        Review review = reviews.review(ServiceFixtures.BANNER_OPERATOR, order, draft(2, ReviewTag.LATE));

        var rows = scenario.complaintsOf(order);
        assertThat(rows).hasSize(1);
        Map<String, Object> complaint = rows.get(0);
        assertThat(review.complaintId()).isEqualTo(((Number) complaint.get("id")).longValue());
        assertThat(complaint.get("source")).isEqualTo("LOW_RATING");
        assertThat(complaint.get("status")).isEqualTo("OPEN");
        Instant opened = ReviewScenario.instant(complaint.get("opened_at"));
        assertThat(opened).isBetween(before, clock.instant());
        assertThat(ReviewScenario.instant(complaint.get("due_at"))).isEqualTo(opened.plus(Duration.ofHours(48)));
        assertThat(complaint.get("provider_id")).isEqualTo(scenario.fixtures().providerId());
        ComplaintView view = complaints.find(scenario.fixtures().providerAdmin(), review.complaintId()).orElseThrow();
        assertThat(view.review().stars()).isEqualTo(2);
        assertThat(view.actions()).containsExactly(ComplaintAction.ANSWER);
    }

    @Test
    void fourStarsOpenNoComplaint() {
        long order = scenario.doneOrder(clock);

        Review review = reviews.review(ServiceFixtures.BANNER_OPERATOR, order, draft(4));

        assertThat(review.complaintId()).isNull();
        assertThat(scenario.complaintsOf(order)).isEmpty();
    }

    @Test
    void badInputIsRefusedOnItsFieldAndChangesNothing() {
        long order = scenario.doneOrder(clock);

        for (int stars : new int[] {0, 6, -1}) {
            assertThatThrownBy(() -> reviews.review(ServiceFixtures.BANNER_OPERATOR, order, draft(stars)))
                    .isInstanceOfSatisfying(OrderProblem.class, p -> {
                        assertThat(p.field()).isEqualTo("stars");
                        assertThat(p.messageKey()).isEqualTo("review.error.stars");
                    });
        }
        assertThatThrownBy(() -> reviews.review(ServiceFixtures.BANNER_OPERATOR, order,
                new ReviewDraft(3, Set.of(), "长".repeat(501))))
                .isInstanceOfSatisfying(OrderProblem.class, p -> assertThat(p.field()).isEqualTo("comment"));
        assertThatThrownBy(() -> ReviewTag.parse("GREAT"))
                .isInstanceOfSatisfying(OrderProblem.class, p -> {
                    assertThat(p.field()).isEqualTo("tags");
                    assertThat(p.args()).containsExactly("GREAT");
                });
        assertThat(scenario.orderStatus(order)).isEqualTo("DONE");
        assertThat(scenario.reviewCount(order)).isZero();

        reviews.review(ServiceFixtures.BANNER_OPERATOR, order, new ReviewDraft(3, Set.of(), "长".repeat(500)));
        assertThat(scenario.orderStatus(order)).isEqualTo("REVIEWED");
    }

    @Test
    void theEldersOwnAccountRatesItsVisitAndSeesTheComplaintItOpened() {
        var elder = scenario.viewer("elder");
        long ownElderId = recipients.ownElderId(elder).orElseThrow();
        long order = scenario.doneOrder(clock, ownElderId);

        Review review = reviews.review(elder, order, draft(1, ReviewTag.RUDE));

        assertThat(review.complaintId()).isNotNull();
        assertThat(complaints.list(elder, ComplaintQuery.all(), 0, 100).complaints()).extracting(Complaint::id)
                .contains(review.complaintId());
        assertThat(complaints.find(elder, review.complaintId()).orElseThrow().actions())
                .containsExactly(ComplaintAction.CLOSE);
        assertThatThrownBy(() -> reviews.review(elder, scenario.doneOrder(clock), draft(5)))
                .as("another elder's order").isInstanceOfSatisfying(OrderProblem.class, p -> assertThat(p.isNotFound()).isTrue());
    }
}
