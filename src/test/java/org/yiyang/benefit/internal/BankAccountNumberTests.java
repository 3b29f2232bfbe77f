package org.yiyang.benefit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.yiyang.benefit.BenefitProblem;

class BankAccountNumberTests {

    @Provide
    Arbitrary<String> accountNumbers() {
        return Arbitraries.strings().numeric().ofMinLength(12).ofMaxLength(30);
    }

    @Property
    void spacesPeopleTypeAreRemovedAndTheMaskShowsOnlyTheFirstAndLastFour(@ForAll("accountNumbers") String digits) {
        String typed = " " + String.join(" ", digits.split("(?<=\\G.{4})")) + "\u3000";

        BankAccountNumber number = BankAccountNumber.parse(typed, "accountNumber");

        assertThat(number.digits()).isEqualTo(digits);
        assertThat(number.masked()).isEqualTo(digits.substring(0, 4) + "****" + digits.substring(digits.length() - 4));
        assertThat(number.toString()).isEqualTo(number.masked());
    }

    @Test
    void tooShortTooLongOrNotDigitsIsRefusedOnTheField() {
        for (String bad : new String[] {"", null, "12345678901", "1".repeat(31), "6222-0200-1234-5678", "622202001234567a"}) {
            assertThatThrownBy(() -> BankAccountNumber.parse(bad, "accountNumber"))
                    .isInstanceOfSatisfying(BenefitProblem.class, p -> {
                        assertThat(p.field()).isEqualTo("accountNumber");
                        assertThat(p.messageKey()).isEqualTo("ledger.error.payeeAccount");
                        assertThat(p.args()).isEmpty();
                    });
        }
    }
}
