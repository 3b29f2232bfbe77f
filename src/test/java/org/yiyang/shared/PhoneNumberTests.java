package org.yiyang.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTests {

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"13812345678", " 13812345678 ", "138 1234 5678", "138-1234-5678", "+8613812345678",
            "+86 138 1234 5678", "+86-138-1234-5678", "8613812345678", "008613812345678", "138\u30001234\u30005678"})
    void acceptsAMobileNumberWithTheUsualDecorations(String input) {
        PhoneNumber phone = PhoneNumber.parse(input);

        assertThat(phone.value()).isEqualTo("13812345678");
        assertThat(phone.isMobile()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "13012345678, 13012345678",
            "19912345678, 19912345678",
            "0471-6661234, 0471-6661234",
            "04716661234, 0471-6661234",
            "0471 666 1234, 0471-6661234",
            "0479-82345678, 0479-82345678",
            "010-12345678, 010-12345678",
            "01012345678, 010-12345678",
            "021 6234 5678, 021-62345678",
            "029-8765432, 029-8765432",
            "+86 471 6661234, 0471-6661234",
            "+86 10 12345678, 010-12345678",
            "+86 0471 6661234, 0471-6661234"})
    void normalisesToDigitsWithADashAfterTheAreaCode(String input, String value) {
        assertThat(PhoneNumber.parse(input).value()).isEqualTo(value);
    }

    @Test
    void aLandlineIsNoMobile() {
        assertThat(PhoneNumber.parse("0471-6661234").isMobile()).isFalse();
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "12345678901", "10012345678", "1381234567", "138123456789", "1381234567a",
            "138.1234.5678", "+8712345678901", "+86 12345678901", "8612345678901", "6661234", "0471-666123",
            "0471-666123456", "047-16661234", "0101-2345678", "011-12345678", "0012345678", "１３８１２３４５６７８",
            "0471-6661234-801"})
    void rejectsWhatIsNeitherAMobileNorALandline(String input) {
        assertThatExceptionOfType(InvalidPhoneNumber.class)
                .isThrownBy(() -> PhoneNumber.parse(input))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("shared.phone.invalid"));
        assertThat(PhoneNumber.tryParse(input)).isEmpty();
    }

    @Test
    void theExceptionNeverRepeatsTheInput() {
        assertThatExceptionOfType(InvalidPhoneNumber.class)
                .isThrownBy(() -> PhoneNumber.parse("1381234567"))
                .withMessageNotContaining("1381234567");
    }

    @Test
    void masksTheMiddleOfAMobileNumber() {
        assertThat(PhoneNumber.parse("13812345678").masked()).isEqualTo("138****5678");
    }

    @Test
    void masksALandlineButTheAreaCodeAndLastFourDigits() {
        assertThat(PhoneNumber.parse("0471-6661234").masked()).isEqualTo("0471-****1234");
        assertThat(PhoneNumber.parse("010-12345678").masked()).isEqualTo("010-****5678");
    }

    @Test
    void showsOnlyTheMaskedFormAsText() {
        assertThat(PhoneNumber.parse("13812345678")).hasToString("138****5678");
        assertThat(PhoneNumber.parse("0471-6661234")).hasToString("0471-****1234");
    }

    @Test
    void tryParseIsEmptyInsteadOfThrowing() {
        assertThat(PhoneNumber.tryParse("+86 138 1234 5678")).map(PhoneNumber::value).contains("13812345678");
        assertThat(PhoneNumber.tryParse("12345")).isEmpty();
    }

    @Test
    void numbersWrittenDifferentlyAreEqualOnceNormalised() {
        assertThat(PhoneNumber.parse("+86 138-1234-5678"))
                .isEqualTo(PhoneNumber.parse("13812345678"))
                .hasSameHashCodeAs(PhoneNumber.parse("13812345678"))
                .isNotEqualTo(PhoneNumber.parse("13812345679"));
    }
}
