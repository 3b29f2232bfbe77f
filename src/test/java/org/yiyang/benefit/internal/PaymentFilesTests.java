package org.yiyang.benefit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.IntegrationTest;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.FileGeneration;
import org.yiyang.benefit.FileRequest;
import org.yiyang.benefit.PaymentFile;
import org.yiyang.benefit.PaymentFileQuery;
import org.yiyang.benefit.PaymentFileStatus;
import org.yiyang.benefit.PaymentFiles;
import org.yiyang.benefit.Payout;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.RuleAmounts;
import org.yiyang.benefit.Settlement;
import org.yiyang.benefit.UnfiledAllowance;
import org.yiyang.elder.TestElders;
import org.yiyang.shared.Money;

@IntegrationTest
class PaymentFilesTests {

    @Autowired ApplicationContext context;
    @Autowired PaymentFiles files;
    @Autowired JdbcClient jdbc;

    PaymentScenario scenario;
    YearMonth thisMonth;
    YearMonth lastMonth;

    @BeforeEach
    void scenario() {
        scenario = new PaymentScenario(context);
        thisMonth = scenario.thisMonth();
        lastMonth = thisMonth.minusMonths(1);
    }

    private FileGeneration generate(Programme p, YearMonth month) {
        return files.generate(PaymentScenario.BANNER_REGULATOR, new FileRequest(p.id(), month, PaymentScenario.BANNER));
    }

    @Test
    void aFileTakesTheDueRowsAndEarlierFailedOnesOfEldersWithAnAccountAndCountsTheRest() {
        Programme p = scenario.cashProgramme();
        long a = scenario.elder();
        long b = scenario.elder();
        long noAccount = scenario.elder();
        long paidBefore = scenario.elder();
        scenario.payee(a);
        scenario.payee(b);
        scenario.payee(paidBefore);
        long aNow = scenario.due(p, a, thisMonth, 10_000);
        long bNow = scenario.due(p, b, thisMonth, 12_000);
        long aFailed = scenario.allowance(p, a, lastMonth, 10_000, "FAILED", TestElders.HINGGAN_VILLAGE);
        long waiting = scenario.due(p, noAccount, thisMonth, 10_000);
        long paid = scenario.allowance(p, paidBefore, lastMonth, 10_000, "PAID", TestElders.HINGGAN_VILLAGE);

        FileGeneration generated = generate(p, thisMonth);

        PaymentFile file = generated.file();
        assertThat(generated.created()).isTrue();
        assertThat(generated.withoutPayee()).isEqualTo(1);
        assertThat(file.rowCount()).isEqualTo(3);
        assertThat(file.total()).isEqualTo(Money.ofFen(32_000));
        assertThat(file.status()).isEqualTo(PaymentFileStatus.OPEN);
        assertThat(file.divisionName()).isNotBlank();
        assertThat(List.of(aNow, bNow, aFailed)).allSatisfy(id -> assertThat(scenario.status(id)).isEqualTo("FILED"));
        assertThat(scenario.status(waiting)).isEqualTo("DUE");
        assertThat(scenario.status(paid)).isEqualTo("PAID");
        assertThat(files.withoutPayee(PaymentScenario.BANNER_REGULATOR, p.id(), thisMonth, PaymentScenario.BANNER, 0, 20)
                .rows()).extracting(UnfiledAllowance::allowanceId).containsExactly(waiting);
    }

    @Test
    void whileTheFileIsOpenGeneratingAgainReturnsItAndMovesNothing() {
        Programme p = scenario.cashProgramme();
        long a = scenario.elder();
        scenario.payee(a);
        scenario.due(p, a, thisMonth, 10_000);
        long first = generate(p, thisMonth).file().id();
        long late = scenario.elder();
        scenario.payee(late);
        long lateRow = scenario.due(p, late, thisMonth, 10_000);

        FileGeneration again = generate(p, thisMonth);

        assertThat(again.created()).isFalse();
        assertThat(again.file().id()).isEqualTo(first);
        assertThat(again.file().rowCount()).isEqualTo(1);
        assertThat(scenario.status(lateRow)).isEqualTo("DUE");
        assertThat(filesOf(p)).isEqualTo(1);
    }

    @Test
    void nothingToFileMakesNoFile() {
        Programme p = scenario.cashProgramme();
        long noAccount = scenario.elder();
        scenario.due(p, noAccount, thisMonth, 10_000);

        FileGeneration generated = generate(p, thisMonth);

        assertThat(generated.file()).isNull();
        assertThat(generated.withoutPayee()).isEqualTo(1);
        assertThat(filesOf(p)).isZero();
    }

    @Test
    void theCsvCarriesTheFullAccountsAndReadsTheSameOnEveryDownloadEvenAfterAnAccountChanges() {
        Programme p = scenario.cashProgramme();
        long a = scenario.elder();
        long b = scenario.elder();
        String aNumber = scenario.payee(a);
        String bNumber = scenario.payee(b);
        long aRow = scenario.due(p, a, thisMonth, 10_000);
        long bRow = scenario.due(p, b, thisMonth, 12_550);
        long id = generate(p, thisMonth).file().id();
        long audited = downloads(id);

        byte[] first = files.download(PaymentScenario.BANNER_REGULATOR, id).content();
        scenario.payee(a);
        byte[] second = files.download(PaymentScenario.BANNER_REGULATOR, id).content();

        assertThat(second).isEqualTo(first);
        assertThat(downloads(id)).isEqualTo(audited + 2);
        assertThat(first[0]).isEqualTo((byte) 0xEF);
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).containsExactly(
                "\uFEFF" + PaymentFileCsv.HEADER,
                "1," + aRow + ",户名" + a + ",中国农业银行科右前旗支行," + aNumber + ",100.00," + p.code() + "," + thisMonth,
                "2," + bRow + ",户名" + b + ",中国农业银行科右前旗支行," + bNumber + ",125.50," + p.code() + "," + thisMonth);
    }

    @Test
    void theBanksReturnPaysTheGoodLinesFailsTheOthersAndAFailedPaymentGoesIntoTheNextFile() {
        Programme p = scenario.cashProgramme();
        long a = scenario.elder();
        long b = scenario.elder();
        scenario.payee(a);
        scenario.payee(b);
        long aRow = scenario.due(p, a, lastMonth, 10_000);
        long bRow = scenario.due(p, b, lastMonth, 12_000);
        long id = generate(p, lastMonth).file().id();

        Settlement settled = files.settleWithReturn(PaymentScenario.BANNER_REGULATOR, id,
                ("reference,status,reason\n" + aRow + ",OK,\n" + bRow + ",FAIL,账户已冻结\n").getBytes(StandardCharsets.UTF_8));

        assertThat(settled).isEqualTo(new Settlement(id, 1, Money.ofFen(10_000), 1, true));
        assertThat(scenario.status(aRow)).isEqualTo("PAID");
        assertThat(scenario.status(bRow)).isEqualTo("FAILED");
        assertThat(jdbc.sql("SELECT failure FROM benefit_allowance WHERE id = :id").param("id", bRow).query(String.class)
                .single()).isEqualTo("账户已冻结");
        assertThat(jdbc.sql("SELECT paid_at FROM benefit_allowance WHERE id = :id").param("id", aRow).query().singleValue())
                .isNotNull();
        assertThat(scenario.walletBalance(p, a)).isZero();
        assertThat(scenario.walletBalance(p, b)).isEqualTo(12_000);
        assertThat(scenario.bankClearingBalance(p)).isEqualTo(10_000);
        assertLedgerHolds(p);

        FileGeneration next = generate(p, thisMonth);
        assertThat(next.file().rowCount()).isEqualTo(1);
        assertThat(scenario.status(bRow)).isEqualTo("FILED");
        files.settleAllPaid(PaymentScenario.BANNER_REGULATOR, next.file().id());

        assertThat(scenario.status(bRow)).isEqualTo("PAID");
        assertThat(scenario.walletBalance(p, b)).isZero();
        assertThat(scenario.bankClearingBalance(p)).isEqualTo(22_000);
        PaymentFile earlier = files.find(PaymentScenario.BANNER_REGULATOR, id).orElseThrow();
        assertThat(earlier.failedCount()).isEqualTo(1);
        assertThat(earlier.paidCount()).isEqualTo(1);
        assertLedgerHolds(p);
    }

    @Test
    void settlingTwiceChangesNothingTheSecondTime() {
        Programme p = scenario.cashProgramme();
        long a = scenario.elder();
        scenario.payee(a);
        long aRow = scenario.due(p, a, thisMonth, 10_000);
        long id = generate(p, thisMonth).file().id();

        Settlement first = files.settleAllPaid(PaymentScenario.BANNER_REGULATOR, id);
        long entries = entriesOf(p);
        Settlement second = files.settleAllPaid(PaymentScenario.BANNER_REGULATOR, id);
        Settlement third = files.settleWithReturn(PaymentScenario.BANNER_REGULATOR, id,
                (aRow + ",FAIL,too late\n").getBytes(StandardCharsets.UTF_8));

        assertThat(first.applied()).isTrue();
        assertThat(second).isEqualTo(new Settlement(id, 1, Money.ofFen(10_000), 0, false));
        assertThat(third.applied()).isFalse();
        assertThat(entriesOf(p)).isEqualTo(entries);
        assertThat(payoutsOf(p)).isEqualTo(1);
        assertThat(scenario.status(aRow)).isEqualTo("PAID");
        assertThat(scenario.bankClearingBalance(p)).isEqualTo(10_000);
        assertLedgerHolds(p);
    }

    @Test
    void aBadReturnFileIsRefusedAndNothingIsApplied() {
        Programme p = scenario.cashProgramme();
        long a = scenario.elder();
        long b = scenario.elder();
        scenario.payee(a);
        scenario.payee(b);
        long aRow = scenario.due(p, a, thisMonth, 10_000);
        long bRow = scenario.due(p, b, thisMonth, 10_000);
        long id = generate(p, thisMonth).file().id();

        assertRefused(id, aRow + ",OK\n" + bRow + ",MAYBE\n", "ledger.error.fileReturnMalformed", "2");
        assertRefused(id, aRow + ",OK\n" + bRow + ",OK\n99999999,OK\n", "ledger.error.fileReturnUnknown", "99999999");
        assertRefused(id, aRow + ",OK\n", "ledger.error.fileReturnIncomplete", "1");

        assertThat(files.find(PaymentScenario.BANNER_REGULATOR, id).orElseThrow().status()).isEqualTo(PaymentFileStatus.OPEN);
        assertThat(List.of(aRow, bRow)).allSatisfy(row -> assertThat(scenario.status(row)).isEqualTo("FILED"));
        assertThat(payoutsOf(p)).isZero();
        assertThat(scenario.walletBalance(p, a)).isEqualTo(10_000);
    }

    @Test
    void aSettledMonthIsNeverFiledAgainAndNothingIsPaidTwice() {
        Programme p = scenario.cashProgramme();
        long a = scenario.elder();
        scenario.payee(a);
        scenario.due(p, a, thisMonth, 10_000);
        long id = generate(p, thisMonth).file().id();
        files.settleAllPaid(PaymentScenario.BANNER_REGULATOR, id);
        long late = scenario.elder();
        scenario.payee(late);
        long lateRow = scenario.due(p, late, thisMonth, 10_000);
        long entries = entriesOf(p);

        assertThatThrownBy(() -> generate(p, thisMonth)).isInstanceOfSatisfying(BenefitProblem.class, problem -> {
            assertThat(problem.isConflict()).isTrue();
            assertThat(problem.messageKey()).isEqualTo("ledger.error.fileSettled");
        });
        assertThat(filesOf(p)).isEqualTo(1);
        assertThat(scenario.status(lateRow)).isEqualTo("DUE");
        assertThat(entriesOf(p)).isEqualTo(entries);
        assertThat(scenario.bankClearingBalance(p)).isEqualTo(10_000);
    }

    @Test
    void requestsThatCannotBeFiledAreRefused() {
        Programme cash = scenario.cashProgramme();
        Programme wallet = scenario.fixtures().programme(ProgrammeKind.SERVICE_SUBSIDY, Payout.SUBSIDY_WALLET,
                org.yiyang.benefit.EnrolmentMode.AUTOMATIC, PaymentScenario.BANNER, List.of(), RuleAmounts.monthly(Money.ofFen(5_000)));
        Programme hulunbuir = scenario.cashProgramme("150700000000", List.of());

        assertInvalid(cash, thisMonth, "150702000000", "divisionCode", "ledger.error.fileDivisionScope");
        assertInvalid(cash, thisMonth, "152200000000", "divisionCode", "ledger.error.fileDivision");
        assertInvalid(cash, thisMonth, "15222110000", "divisionCode", "ledger.error.fileDivision");
        assertInvalid(cash, thisMonth.plusMonths(1), PaymentScenario.BANNER, "month", "ledger.error.fileMonth");
        assertInvalid(wallet, thisMonth, PaymentScenario.BANNER, "programmeId", "ledger.error.fileNotCash");
        assertThatThrownBy(() -> generate(hulunbuir, thisMonth))
                .isInstanceOfSatisfying(BenefitProblem.class, problem -> assertThat(problem.isNotFound()).isTrue());
    }

    @Test
    void aBannerRegulatorSeesOnlyTheFilesOfTheirBanner() {
        Programme region = scenario.cashProgramme("150000000000", List.of());
        long here = scenario.elder();
        long there = scenario.elder(TestElders.HULUNBUIR_VILLAGE);
        scenario.payee(here);
        scenario.payee(there);
        scenario.due(region, here, thisMonth, 10_000);
        scenario.allowance(region, there, thisMonth, 10_000, "DUE", TestElders.HULUNBUIR_VILLAGE);
        long ours = generate(region, thisMonth).file().id();
        long theirs = files.generate(PaymentScenario.REGISTRAR, new FileRequest(region.id(), thisMonth, "150702000000"))
                .file().id();

        assertThat(files.list(PaymentScenario.BANNER_REGULATOR, new PaymentFileQuery(region.id(), null), 0, 20).files())
                .extracting(PaymentFile::id).containsExactly(ours);
        assertThat(files.list(PaymentScenario.REGISTRAR, new PaymentFileQuery(region.id(), null), 0, 20).files())
                .extracting(PaymentFile::id).containsExactly(theirs, ours);
        assertThat(files.find(PaymentScenario.BANNER_REGULATOR, theirs)).isEmpty();
        assertThatThrownBy(() -> files.download(PaymentScenario.BANNER_REGULATOR, theirs))
                .isInstanceOfSatisfying(BenefitProblem.class, problem -> assertThat(problem.isNotFound()).isTrue());
    }

    private void assertInvalid(Programme p, YearMonth month, String division, String field, String key) {
        assertThatThrownBy(() -> files.generate(PaymentScenario.BANNER_REGULATOR, new FileRequest(p.id(), month, division)))
                .isInstanceOfSatisfying(BenefitProblem.class, problem -> {
                    assertThat(problem.field()).isEqualTo(field);
                    assertThat(problem.messageKey()).isEqualTo(key);
                });
        assertThat(filesOf(p)).isZero();
    }

    private void assertRefused(long fileId, String text, String key, String firstArg) {
        assertThatThrownBy(() -> files.settleWithReturn(PaymentScenario.BANNER_REGULATOR, fileId,
                text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(BenefitProblem.class, problem -> {
                    assertThat(problem.messageKey()).isEqualTo(key);
                    assertThat(problem.args()[0]).isEqualTo(firstArg);
                });
    }

    /** Every transaction of the programme balances, and every account's balance is the sum of its entries. */
    private void assertLedgerHolds(Programme p) {
        assertThat(jdbc.sql("""
                        SELECT t.id FROM benefit_transaction t JOIN benefit_entry e ON e.transaction_id = t.id
                        WHERE t.programme_id = :p GROUP BY t.id HAVING SUM(e.amount) <> 0""")
                .param("p", p.id()).query(Long.class).list()).isEmpty();
        assertThat(jdbc.sql("""
                        SELECT a.id FROM benefit_account a WHERE a.programme_id = :p
                        AND a.balance <> (SELECT COALESCE(SUM(e.amount), 0) FROM benefit_entry e WHERE e.account_id = a.id)""")
                .param("p", p.id()).query(Long.class).list()).isEmpty();
        long paid = jdbc.sql("""
                        SELECT COALESCE(SUM(amount_fen), 0) FROM benefit_allowance WHERE programme_id = :p AND status = 'PAID'""")
                .param("p", p.id()).query(Long.class).single();
        assertThat(scenario.bankClearingBalance(p)).isEqualTo(paid);
    }

    private long filesOf(Programme p) {
        return jdbc.sql("SELECT COUNT(*) FROM benefit_payment_file WHERE programme_id = :p").param("p", p.id())
                .query(Long.class).single();
    }

    private long entriesOf(Programme p) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM benefit_entry e JOIN benefit_transaction t ON t.id = e.transaction_id
                        WHERE t.programme_id = :p""").param("p", p.id()).query(Long.class).single();
    }

    private long payoutsOf(Programme p) {
        return jdbc.sql("SELECT COUNT(*) FROM benefit_transaction WHERE programme_id = :p AND kind = 'BANK_PAYOUT'")
                .param("p", p.id()).query(Long.class).single();
    }

    private long downloads(long fileId) {
        return jdbc.sql("SELECT COUNT(*) FROM identity_audit_event WHERE action = 'PAYMENT_FILE_DOWNLOADED' AND target = :t")
                .param("t", "payment-file:" + fileId).query(Long.class).single();
    }
}
