package org.yiyang.benefit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.yiyang.IntegrationTest;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.PayeeDraft;
import org.yiyang.benefit.PayeeView;
import org.yiyang.benefit.Payees;
import org.yiyang.elder.TestElders;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.DivisionCode;

@IntegrationTest
class PayeesTests {

    @Autowired ApplicationContext context;
    @Autowired Payees payees;
    @Autowired JdbcClient jdbc;

    PaymentScenario scenario;

    @BeforeEach
    void scenario() {
        scenario = new PaymentScenario(context);
    }

    @Test
    void theAccountIsStoredEncryptedWithABlindIndexAndShownOnlyMasked() {
        long elder = scenario.elder();
        String number = PaymentScenario.accountNumber(19);

        payees.save(PaymentScenario.BANNER_REGULATOR, elder, new PayeeDraft(" 宝音 ", "农业银行", spaced(number)));

        Map<String, Object> row = jdbc.sql("SELECT * FROM benefit_payee WHERE elder_id = :elder").param("elder", elder)
                .query().singleRow();
        assertThat(row.get("account_enc").toString()).doesNotContain(number).doesNotContain(number.substring(4, 15))
                .doesNotContainPattern("[0-9]{8}");
        assertThat(row.get("account_index").toString()).doesNotContain(number);
        assertThat(row.get("account_masked")).isEqualTo(number.substring(0, 4) + "****" + number.substring(15));
        assertThat(row.get("division_code")).isEqualTo(TestElders.HINGGAN_VILLAGE);

        PayeeView view = payees.view(PaymentScenario.BANNER_REGULATOR, elder);
        assertThat(view.payee().holderName()).isEqualTo("宝音");
        assertThat(view.payee().accountMasked()).isEqualTo(row.get("account_masked"));
        assertThat(payees.revealAccount(PaymentScenario.BANNER_REGULATOR, elder)).isEqualTo(number);
        assertThat(new PayeeDraft("宝音", "农业银行", number).toString()).doesNotContain(number);
    }

    @Test
    void aRevealIsAuditedAndOperatorsMayNotReveal() {
        long elder = scenario.elder();
        scenario.payee(elder);
        long before = reveals(elder);

        payees.revealAccount(PaymentScenario.BANNER_REGULATOR, elder);

        assertThat(reveals(elder)).isEqualTo(before + 1);
        Viewer operator = new Viewer(0, "test-operator", "O", Role.OPERATOR, DivisionCode.of(PaymentScenario.BANNER));
        assertThat(payees.view(operator, elder).hasPayee()).isTrue();
        assertThatThrownBy(() -> payees.revealAccount(operator, elder)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theBlindIndexFindsEveryElderWithTheNumberWithinTheViewersDivision() {
        String number = PaymentScenario.accountNumber(16);
        long here = scenario.elder();
        long alsoHere = scenario.elder();
        long inHulunbuir = scenario.elder(TestElders.HULUNBUIR_VILLAGE);
        long other = scenario.elder();
        scenario.payee(here, number);
        scenario.payee(alsoHere, spaced(number));
        scenario.payee(inHulunbuir, number);
        scenario.payee(other);

        assertThat(payees.byAccount(PaymentScenario.BANNER_REGULATOR, spaced(number))).extracting(PayeeView::elderId)
                .containsExactly(here, alsoHere);
        assertThat(payees.byAccount(PaymentScenario.REGISTRAR, number)).extracting(PayeeView::elderId)
                .containsExactlyInAnyOrder(here, alsoHere, inHulunbuir);
    }

    @Test
    void aSecondSaveReplacesTheAccount() {
        long elder = scenario.elder();
        String first = scenario.payee(elder);
        String second = scenario.payee(elder);

        assertThat(payees.revealAccount(PaymentScenario.BANNER_REGULATOR, elder)).isEqualTo(second);
        assertThat(payees.byAccount(PaymentScenario.BANNER_REGULATOR, first)).isEmpty();
    }

    @Test
    void badInputIsRefusedOnItsFieldAndNothingIsStored() {
        long elder = scenario.elder();
        assertRefused(elder, new PayeeDraft("宝音", "农业银行", "6222 0200 123"), "accountNumber");
        assertRefused(elder, new PayeeDraft("宝音", "农业银行", "6222-0200-1234-5678-9"), "accountNumber");
        assertRefused(elder, new PayeeDraft("宝音", "农业银行", "1".repeat(31)), "accountNumber");
        assertRefused(elder, new PayeeDraft(" ", "农业银行", "622202001234567890"), "holderName");
        assertRefused(elder, new PayeeDraft("=cmd()", "农业银行", "622202001234567890"), "holderName");
        assertRefused(elder, new PayeeDraft("宝音", "行".repeat(101), "622202001234567890"), "bankName");

        assertThat(payees.view(PaymentScenario.BANNER_REGULATOR, elder).hasPayee()).isFalse();
    }

    @Test
    void anElderOutsideTheViewersDivisionIsNotFound() {
        long elder = scenario.elder(TestElders.HULUNBUIR_VILLAGE);

        assertThatThrownBy(() -> payees.view(PaymentScenario.BANNER_REGULATOR, elder))
                .isInstanceOfSatisfying(BenefitProblem.class, p -> assertThat(p.isNotFound()).isTrue());
        assertThatThrownBy(() -> payees.save(PaymentScenario.BANNER_REGULATOR, elder,
                new PayeeDraft("宝音", "农业银行", "622202001234567890")))
                .isInstanceOfSatisfying(BenefitProblem.class, p -> assertThat(p.isNotFound()).isTrue());
    }

    private void assertRefused(long elder, PayeeDraft draft, String field) {
        assertThatThrownBy(() -> payees.save(PaymentScenario.BANNER_REGULATOR, elder, draft))
                .isInstanceOfSatisfying(BenefitProblem.class, p -> assertThat(p.field()).isEqualTo(field));
    }

    private long reveals(long elder) {
        return jdbc.sql("SELECT COUNT(*) FROM identity_audit_event WHERE action = 'BANK_ACCOUNT_VIEWED' AND target = :t")
                .param("t", "elder:" + elder).query(Long.class).single();
    }

    private static String spaced(String number) {
        return String.join(" ", number.split("(?<=\\G.{4})"));
    }
}
