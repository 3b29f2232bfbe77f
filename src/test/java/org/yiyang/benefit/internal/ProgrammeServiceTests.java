package org.yiyang.benefit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiyang.IntegrationTest;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.EnrolmentMode;
import org.yiyang.benefit.EnrolmentStatus;
import org.yiyang.benefit.Payout;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeDetails;
import org.yiyang.benefit.ProgrammeDraft;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.ProgrammeStatus;
import org.yiyang.benefit.Programmes;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;

@IntegrationTest
class ProgrammeServiceTests {

    static final Viewer BANNER_REGULATOR = ProgrammeScenario.regulator(ProgrammeScenario.DEMO_BANNER);

    @Autowired Programmes programmes;
    @Autowired ProgrammeStore store;
    @Autowired Budgets budgets;
    @Autowired Ledger ledger;
    @Autowired Accounts accounts;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;

    @Test
    void aRegulatorDefinesAProgrammeForTheirBannerAsADraftWithItsBudgetAllocated() {
        ProgrammeDraft draft = ProgrammeScenario.draft(ProgrammeKind.HIGH_AGE_ALLOWANCE, ProgrammeScenario.DEMO_BANNER, "12345.67");

        long id = programmes.create(BANNER_REGULATOR, draft);

        ProgrammeDetails details = programmes.details(BANNER_REGULATOR, id).orElseThrow();
        assertThat(details.programme().status()).isEqualTo(ProgrammeStatus.DRAFT);
        assertThat(details.programme().payout()).isEqualTo(Payout.BANK);
        assertThat(details.allocated()).isEqualTo(Money.ofFen(1_234_567));
        assertThat(details.committed()).isEqualTo(Money.ZERO);
        assertThat(details.editable()).isTrue();
    }

    @Test
    void refusesAProgrammeBelowBannerLevel() {
        ProgrammeDraft township = ProgrammeScenario.draft(ProgrammeKind.MEAL_SUBSIDY, "152221100000", "10");

        assertRefused(() -> programmes.create(BANNER_REGULATOR, township), "division", "benefit.error.divisionLevel");
        assertThat(store.findByCode(township.code())).isEmpty();
    }

    @Test
    void refusesAProgrammeOutsideTheRegulatorsDivisionButLetsAnAdministratorDefineItAnywhere() {
        ProgrammeDraft league = ProgrammeScenario.draft(ProgrammeKind.SERVICE_SUBSIDY, ProgrammeScenario.OTHER_LEAGUE, "10");
        ProgrammeDraft above = ProgrammeScenario.draft(ProgrammeKind.SERVICE_SUBSIDY, ProgrammeScenario.DEMO_LEAGUE, "10");

        assertRefused(() -> programmes.create(BANNER_REGULATOR, league), "division", "benefit.error.divisionOutOfScope");
        assertRefused(() -> programmes.create(BANNER_REGULATOR, above), "division", "benefit.error.divisionOutOfScope");
        assertThat(programmes.create(ProgrammeScenario.ADMIN, league)).isPositive();
    }

    @Test
    void refusesAMalformedCodeACodeTakenAndAPayoutThatDoesNotSuitTheKind() {
        ProgrammeDraft first = ProgrammeScenario.draft(ProgrammeKind.CARE_SUBSIDY, ProgrammeScenario.DEMO_BANNER, "10");
        programmes.create(BANNER_REGULATOR, first);

        assertRefused(() -> programmes.create(BANNER_REGULATOR, withCode(first, first.code())), "code",
                "benefit.programme.error.codeTaken");
        assertRefused(() -> programmes.create(BANNER_REGULATOR, withCode(first, "中文 code")), "code",
                "benefit.programme.error.code");
        for (Payout wrong : List.of(Payout.POINTS, Payout.PER_ORDER)) {
            ProgrammeDraft draft = ProgrammeScenario.draft(ProgrammeKind.HIGH_AGE_ALLOWANCE, ProgrammeScenario.DEMO_BANNER, "10");
            assertRefused(() -> programmes.create(BANNER_REGULATOR, new ProgrammeDraft(draft.code(), draft.kind(), draft.name(),
                    draft.division(), draft.fundingSource(), draft.budget(), wrong, draft.enrolmentMode())), "payout",
                    "benefit.programme.error.payout");
        }
        ProgrammeDraft meal = ProgrammeScenario.draft(ProgrammeKind.MEAL_SUBSIDY, ProgrammeScenario.DEMO_BANNER, "10");
        assertRefused(() -> programmes.create(BANNER_REGULATOR, new ProgrammeDraft(meal.code(), meal.kind(), meal.name(),
                meal.division(), meal.fundingSource(), meal.budget(), Payout.BANK, meal.enrolmentMode())), "payout",
                "benefit.programme.error.payout");
    }

    @Test
    void aRevisionChangesTheBudgetInTheLedgerButNeverBelowWhatIsCommitted() {
        long id = programmes.create(BANNER_REGULATOR, ProgrammeScenario.draft(ProgrammeKind.SERVICE_SUBSIDY,
                ProgrammeScenario.DEMO_BANNER, "1000"));
        Programme p = store.find(id).orElseThrow();
        tx.executeWithoutResult(s -> ledger.post(new Posting(TransactionKind.ENTITLEMENT, "test-commit:" + id, id, 1L, null,
                null, "test", List.of(new Leg(accounts.fund(p), -60_000), new Leg(accounts.wallet(p, 1, p.division()), 60_000)))));

        assertThatThrownBy(() -> programmes.revise(BANNER_REGULATOR, id, 0, revision(p, "599.99")))
                .isInstanceOfSatisfying(BenefitProblem.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("benefit.error.budgetBelowCommitted");
                    assertThat(e.args()).containsExactly("600.00");
                });
        assertThat(store.find(id).orElseThrow().budget()).isEqualTo(Money.parseYuan("1000"));
        assertThat(store.find(id).orElseThrow().version()).isZero();

        programmes.revise(BANNER_REGULATOR, id, 0, revision(p, "600"));
        assertThat(budgets.allocated(store.find(id).orElseThrow())).isEqualTo(Money.parseYuan("600"));
        programmes.revise(BANNER_REGULATOR, id, 1, revision(p, "2000"));
        Programme revised = store.find(id).orElseThrow();
        assertThat(revised.budget()).isEqualTo(Money.parseYuan("2000"));
        assertThat(budgets.allocated(revised)).isEqualTo(Money.parseYuan("2000"));
        assertThat(budgets.committed(revised)).isEqualTo(Money.parseYuan("600"));
    }

    @Test
    void aRevisionOfAVersionSomeoneElseChangedMeanwhileIsRefused() {
        long id = programmes.create(BANNER_REGULATOR, ProgrammeScenario.draft(ProgrammeKind.CARE_SUBSIDY,
                ProgrammeScenario.DEMO_BANNER, "10"));
        Programme p = store.find(id).orElseThrow();
        programmes.revise(BANNER_REGULATOR, id, 0, revision(p, "20"));

        assertThatThrownBy(() -> programmes.revise(BANNER_REGULATOR, id, 0, revision(p, "30")))
                .isInstanceOfSatisfying(BenefitProblem.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("benefit.programme.error.concurrentEdit");
                    assertThat(e.isConflict()).isTrue();
                });
        assertThat(store.find(id).orElseThrow().budget()).isEqualTo(Money.parseYuan("20"));
    }

    @Test
    void thePayoutIsFixedOnceTheProgrammeIsActive() {
        long id = activeProgramme();
        Programme p = store.find(id).orElseThrow();

        assertRefused(() -> programmes.revise(BANNER_REGULATOR, id, p.version(), new ProgrammeDraft(null, p.kind(), p.name(),
                null, p.fundingSource(), p.budget(), Payout.SUBSIDY_WALLET, p.enrolmentMode())), "payout",
                "benefit.programme.error.payoutFixed");
    }

    @Test
    void aProgrammeIsActivatedOnlyWithAPublishedRuleAndClosingEndsItsOpenEnrolments() {
        long id = programmes.create(BANNER_REGULATOR, ProgrammeScenario.draft(ProgrammeKind.HIGH_AGE_ALLOWANCE,
                ProgrammeScenario.DEMO_BANNER, "10"));
        assertThatThrownBy(() -> programmes.changeStatus(BANNER_REGULATOR, id, 0, ProgrammeStatus.ACTIVE))
                .isInstanceOfSatisfying(BenefitProblem.class,
                        e -> assertThat(e.messageKey()).isEqualTo("benefit.programme.error.noPublishedRule"));

        long rule = programmes.createRule(BANNER_REGULATOR, id, ProgrammeScenario.rule("2000-01-01", "",
                ProgrammeScenario.row("AGE", "AT_LEAST", "80")));
        programmes.publishRule(BANNER_REGULATOR, id, rule, true);
        programmes.changeStatus(BANNER_REGULATOR, id, 0, ProgrammeStatus.ACTIVE);
        enrol(id, rule, 901L, "ACTIVE");
        enrol(id, rule, 902L, "PROPOSED");

        programmes.changeStatus(BANNER_REGULATOR, id, 1, ProgrammeStatus.CLOSED);

        ProgrammeDetails closed = programmes.details(BANNER_REGULATOR, id).orElseThrow();
        assertThat(closed.programme().status()).isEqualTo(ProgrammeStatus.CLOSED);
        assertThat(closed.enrolled(EnrolmentStatus.ENDED)).isEqualTo(2);
        assertThat(closed.enrolled(EnrolmentStatus.ACTIVE)).isZero();
        assertRefused(() -> programmes.changeStatus(BANNER_REGULATOR, id, 2, ProgrammeStatus.ACTIVE), null,
                "benefit.programme.error.closed");
        assertRefused(() -> programmes.revise(BANNER_REGULATOR, id, 2, revision(closed.programme(), "10")), null,
                "benefit.programme.error.closed");
    }

    @Test
    void aRegulatorListsTheProgrammesOfTheirSubtreeAndThoseAboveButChangesOnlyTheirOwn() {
        long banner = programmes.create(BANNER_REGULATOR, ProgrammeScenario.draft(ProgrammeKind.VOUCHER,
                ProgrammeScenario.DEMO_BANNER, "10"));
        long league = programmes.create(ProgrammeScenario.ADMIN, ProgrammeScenario.draft(ProgrammeKind.VOUCHER,
                ProgrammeScenario.DEMO_LEAGUE, "10"));
        long elsewhere = programmes.create(ProgrammeScenario.ADMIN, ProgrammeScenario.draft(ProgrammeKind.VOUCHER,
                ProgrammeScenario.OTHER_LEAGUE, "10"));

        List<Long> seen = programmes.list(BANNER_REGULATOR, 0, 200).items().stream().map(Programme::id).toList();
        assertThat(seen).contains(banner, league).doesNotContain(elsewhere);
        assertThat(programmes.list(BANNER_REGULATOR, 0, 200).total()).isEqualTo(jdbc.sql("""
                SELECT COUNT(*) FROM benefit_programme WHERE division_code BETWEEN '152221000000' AND '152221999999'
                    OR division_code IN ('152200000000', '150000000000')""").query(Long.class).single());
        Viewer otherLeague = ProgrammeScenario.regulator(ProgrammeScenario.OTHER_LEAGUE);
        assertThat(programmes.details(otherLeague, banner)).isEmpty();
        assertThat(programmes.list(otherLeague, 0, 200).items()).extracting(Programme::id).doesNotContain(banner, league);
        assertThat(programmes.details(BANNER_REGULATOR, league).orElseThrow().editable()).isFalse();
        assertThatThrownBy(() -> programmes.revise(BANNER_REGULATOR, league, 0,
                revision(store.find(league).orElseThrow(), "20")))
                .isInstanceOfSatisfying(BenefitProblem.class, e -> assertThat(e.messageKey()).isEqualTo("benefit.error.readOnly"));
        assertThatThrownBy(() -> programmes.revise(otherLeague, banner, 0, revision(store.find(banner).orElseThrow(), "20")))
                .isInstanceOfSatisfying(BenefitProblem.class, e -> assertThat(e.isNotFound()).isTrue());
    }

    @Test
    void enrolmentCountsAreScopedToTheViewersDivision() {
        long id = activeProgramme();
        long rule = store.rules(id).get(0).id();
        jdbc.sql("UPDATE benefit_programme SET division_code = '152200000000' WHERE id = :id").param("id", id).update();
        enrol(id, rule, 911L, "ACTIVE");
        jdbc.sql("""
                        INSERT INTO benefit_enrolment (programme_id, elder_id, division_code, status, open_elder_id, start_date, rule_id, created_at)
                        VALUES (:p, 912, '152201001001', 'ACTIVE', 912, :day, :rule, CURRENT_TIMESTAMP)""")
                .param("p", id).param("day", LocalDate.now()).param("rule", rule).update();

        assertThat(programmes.details(BANNER_REGULATOR, id).orElseThrow().enrolled(EnrolmentStatus.ACTIVE)).isEqualTo(1);
        assertThat(programmes.details(ProgrammeScenario.regulator(ProgrammeScenario.DEMO_LEAGUE), id).orElseThrow()
                .enrolled(EnrolmentStatus.ACTIVE)).isEqualTo(2);
    }

    private long activeProgramme() {
        long id = programmes.create(BANNER_REGULATOR, ProgrammeScenario.draft(ProgrammeKind.HIGH_AGE_ALLOWANCE,
                ProgrammeScenario.DEMO_BANNER, "10"));
        long rule = programmes.createRule(BANNER_REGULATOR, id, ProgrammeScenario.rule("2000-01-01", "",
                ProgrammeScenario.row("AGE", "AT_LEAST", "80")));
        programmes.publishRule(BANNER_REGULATOR, id, rule, true);
        programmes.changeStatus(BANNER_REGULATOR, id, 0, ProgrammeStatus.ACTIVE);
        return id;
    }

    private void enrol(long programme, long rule, long elder, String status) {
        jdbc.sql("""
                        INSERT INTO benefit_enrolment (programme_id, elder_id, division_code, status, open_elder_id, start_date, rule_id, created_at)
                        VALUES (:p, :elder, '152221100001', :status, :elder, :day, :rule, CURRENT_TIMESTAMP)""")
                .param("p", programme).param("elder", elder).param("status", status)
                .param("day", LocalDate.now()).param("rule", rule).update();
    }

    private static ProgrammeDraft withCode(ProgrammeDraft d, String code) {
        return new ProgrammeDraft(code, d.kind(), d.name(), d.division(), d.fundingSource(), d.budget(), d.payout(),
                d.enrolmentMode());
    }

    private static ProgrammeDraft revision(Programme p, String budgetYuan) {
        return new ProgrammeDraft(null, p.kind(), p.name(), null, p.fundingSource(), Money.parseYuan(budgetYuan), p.payout(),
                EnrolmentMode.PROPOSED);
    }

    private static void assertRefused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(BenefitProblem.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    static DivisionCode banner() {
        return DivisionCode.of(ProgrammeScenario.DEMO_BANNER);
    }
}
