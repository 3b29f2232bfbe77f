package org.yiyang.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
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
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.notify.Inbox;
import org.yiyang.provider.ProviderDirectory;

@IntegrationTest
class ComplaintsTests {

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
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired Inbox inbox;

    ReviewScenario scenario;
    Viewer provider;
    Viewer regulator;

    @BeforeEach
    void scenario() {
        scenario = new ReviewScenario(fixtures, desk, administration, accounts, links, registry, jdbc);
        provider = fixtures.providerAdmin();
        regulator = scenario.account(Role.REGULATOR, ServiceFixtures.BANNER);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long lowRatingComplaint() {
        long order = scenario.doneOrder(clock);
        return reviews.review(ServiceFixtures.BANNER_OPERATOR, order, new ReviewDraft(1, Set.of(ReviewTag.RUDE), null))
                .complaintId();
    }

    @Test
    void theElderSideFilesTheProviderAnswersAndARegulatorClosesIt() {
        long order = scenario.placedOrder(clock);

        long id = complaints.file(ServiceFixtures.BANNER_OPERATOR, order, "  护理员没有按时到  ");
        assertThat(scenario.complaint(id)).containsEntry("source", "HOTLINE").containsEntry("text", "护理员没有按时到");
        assertThatThrownBy(() -> complaints.file(ServiceFixtures.BANNER_OPERATOR, order, "再投诉一次"))
                .isInstanceOfSatisfying(OrderProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("review.error.complaintAlreadyOpen"));

        complaints.answer(provider, id, "已向老人致歉，并调整了排班。");
        ComplaintView answered = complaints.find(regulator, id).orElseThrow();
        assertThat(answered.complaint().status()).isEqualTo(ComplaintStatus.ANSWERED);
        assertThat(answered.complaint().respondedByName()).isEqualTo(provider.displayName());
        assertThat(answered.actions()).containsExactly(ComplaintAction.CLOSE);
        assertThatThrownBy(() -> complaints.answer(provider, id, "再答复"))
                .isInstanceOfSatisfying(OrderProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("review.error.notAnswerable"));

        assertThatThrownBy(() -> complaints.close(regulator, id, " ", true))
                .isInstanceOfSatisfying(OrderProblem.class, p -> assertThat(p.field()).isEqualTo("outcome"));
        complaints.close(regulator, id, "回访老人，已满意。", true);
        assertThat(scenario.complaint(id)).containsEntry("status", "CLOSED").containsEntry("satisfied", true)
                .containsEntry("open_key", null);
        assertThat(complaints.file(ServiceFixtures.BANNER_OPERATOR, order, "又出现了问题")).isGreaterThan(id);
    }

    @Test
    void aProviderAdministratorOfAnotherProviderCannotAnswerAndNothingChanges() {
        long id = lowRatingComplaint();
        Viewer otherProvider = scenario.account(Role.PROVIDER_ADMIN, ServiceFixtures.BANNER);

        assertThatThrownBy(() -> complaints.answer(otherProvider, id, "不是我们的"))
                .isInstanceOfSatisfying(OrderProblem.class, p -> assertThat(p.isNotFound()).isTrue());
        assertThat(complaints.find(otherProvider, id)).isEmpty();
        assertThatThrownBy(() -> complaints.answer(ServiceFixtures.BANNER_OPERATOR, id, "话务员不能答复"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(scenario.complaint(id)).containsEntry("status", "OPEN").containsEntry("response", null);
    }

    @Test
    void anUnansweredComplaintIsEscalatedOnceItsDeadlinePassesAndASecondRunChangesNothing() {
        long id = lowRatingComplaint();
        complaints.escalateOverdue();
        assertThat(scenario.complaint(id)).containsEntry("status", "OPEN");

        clock.shift(Duration.ofHours(47));
        complaints.escalateOverdue();
        assertThat(scenario.complaint(id)).as("not yet due").containsEntry("status", "OPEN");

        long unreadBefore = inbox.unreadCount(provider.accountId());
        clock.shift(Duration.ofHours(1).plusMinutes(1));
        complaints.escalateOverdue();
        long unreadAfter = inbox.unreadCount(provider.accountId());
        assertThat(unreadAfter).as("the provider is told").isGreaterThan(unreadBefore);
        var escalated = scenario.complaint(id);
        assertThat(escalated).containsEntry("status", "ESCALATED");
        Instant escalatedAt = ReviewScenario.instant(escalated.get("escalated_at"));
        assertThat(complaints.find(regulator, id).orElseThrow().complaint().overdue()).isTrue();

        assertThat(complaints.escalateOverdue()).isZero();
        assertThat(ReviewScenario.instant(scenario.complaint(id).get("escalated_at"))).isEqualTo(escalatedAt);
        assertThat(inbox.unreadCount(provider.accountId())).as("and told only once").isEqualTo(unreadAfter);

        complaints.answer(provider, id, "迟到的答复");
        var answered = complaints.find(regulator, id).orElseThrow().complaint();
        assertThat(answered.status()).isEqualTo(ComplaintStatus.ANSWERED);
        assertThat(answered.escalatedAt()).isNotNull();
        assertThat(answered.overdue()).isFalse();
    }

    @Test
    void theRegulatorListIsScopedEscalatedFirstAndPaged() {
        long first = lowRatingComplaint();
        long second = lowRatingComplaint();
        long third = lowRatingComplaint();
        jdbc.sql("UPDATE service_complaint SET status = 'ESCALATED' WHERE id = :id").param("id", third).update();

        ComplaintPage escalated = complaints.list(regulator, new ComplaintQuery(ComplaintStatus.ESCALATED, null), 0, 100);
        assertThat(escalated.complaints()).extracting(Complaint::id).contains(third).doesNotContain(first, second);
        ComplaintPage top = complaints.list(regulator, ComplaintQuery.all(), 0, 2);
        assertThat(top.complaints()).hasSize(2);
        assertThat(top.complaints().get(0).status()).isEqualTo(ComplaintStatus.ESCALATED);
        assertThat(top.total()).isGreaterThanOrEqualTo(3);
        assertThat(top.pages()).isEqualTo((int) ((top.total() + 1) / 2));
        ComplaintPage next = complaints.list(regulator, ComplaintQuery.all(), 1, 2);
        assertThat(next.complaints()).extracting(Complaint::id)
                .doesNotContainAnyElementsOf(top.complaints().stream().map(Complaint::id).toList());

        Viewer hulunbuir = scenario.account(Role.REGULATOR, ReviewScenario.HULUNBUIR_LEAGUE);
        assertThat(complaints.list(hulunbuir, ComplaintQuery.all(), 0, 100).total()).isZero();
        assertThat(complaints.find(hulunbuir, first)).isEmpty();
        assertThat(reviews.providerRatings(hulunbuir, RatingSort.AVERAGE_ASC, 0, 20).total()).isZero();
        assertThat(complaints.list(provider, new ComplaintQuery(null, scenario.fixtures().providerId()), 0, 100)
                .complaints()).extracting(Complaint::id).contains(first, second, third);
        assertThat(complaints.list(scenario.account(Role.CAREGIVER, ServiceFixtures.BANNER), ComplaintQuery.all(), 0, 10)
                .total()).isZero();
    }

    @Test
    void theElderSideSeesOnlyItsOwnComplaintsAndMayWithdrawThem() {
        var linked = scenario.linkedFamily();
        long order = scenario.doneOrder(clock, linked.elderId());
        long own = complaints.file(linked.family(), order, "上门时间太晚");
        long other = lowRatingComplaint();

        ComplaintPage page = complaints.list(linked.family(), ComplaintQuery.all(), 0, 50);
        assertThat(page.complaints()).extracting(Complaint::id).containsExactly(own);
        assertThat(page.complaints().get(0).source()).isEqualTo(ComplaintSource.FAMILY);
        assertThat(complaints.find(linked.family(), other)).isEmpty();

        complaints.close(linked.family(), own, null, null);
        assertThat(scenario.complaint(own)).containsEntry("status", "CLOSED").containsEntry("closed_role", "FAMILY")
                .containsEntry("satisfied", null);
        assertThatThrownBy(() -> complaints.close(linked.family(), own, null, false))
                .isInstanceOfSatisfying(OrderProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("review.error.alreadyClosed"));
    }

    @Test
    void theProvidersFiguresAddUpExactly() {
        long providerId = scenario.fixtures().providerId();
        ProviderRating before = reviews.ownRatings(provider);
        long starsBefore = Math.round(before.averageStars() == null ? 0 : before.averageStars() * before.reviews());
        long lowBefore = Math.round(before.lowShare() * before.reviews());

        for (int stars : new int[] {5, 4, 1}) {
            reviews.review(ServiceFixtures.BANNER_OPERATOR, scenario.doneOrder(clock),
                    new ReviewDraft(stars, Set.of(), null));
        }
        long escalate = complaints.file(ServiceFixtures.BANNER_OPERATOR, scenario.placedOrder(clock), "没人来");
        jdbc.sql("UPDATE service_complaint SET status = 'ESCALATED' WHERE id = :id").param("id", escalate).update();

        ProviderRating after = reviews.ownRatings(provider);
        assertThat(after.providerId()).isEqualTo(providerId);
        assertThat(after.reviews()).isEqualTo(before.reviews() + 3);
        assertThat(after.averageStars()).isEqualTo((double) (starsBefore + 10) / (before.reviews() + 3));
        assertThat(after.lowShare()).isEqualTo((double) (lowBefore + 1) / (before.reviews() + 3));
        assertThat(after.complaints()).isEqualTo(before.complaints() + 2);
        assertThat(after.openComplaints()).isEqualTo(before.openComplaints() + 1);
        assertThat(after.escalatedComplaints()).isEqualTo(before.escalatedComplaints() + 1);

        ProviderRatingPage table = reviews.providerRatings(regulator, RatingSort.COMPLAINTS_DESC, 0, 100);
        assertThat(table.rows()).filteredOn(r -> r.providerId() == providerId).containsExactly(after);
        assertThatThrownBy(() -> reviews.providerRatings(ServiceFixtures.BANNER_OPERATOR, RatingSort.AVERAGE_ASC, 0, 20))
                .isInstanceOf(AccessDeniedException.class);
    }
}
