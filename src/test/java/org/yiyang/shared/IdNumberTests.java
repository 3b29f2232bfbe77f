package org.yiyang.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yiyang.shared.InvalidIdNumber.Reason;

class IdNumberTests {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final String EXAMPLE = "11010519491231002X";

    /** First 17 characters plus the check character they call for. */
    private static String withCheck(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }

    private static Reason reasonFor(String input) {
        return assertThatExceptionOfType(InvalidIdNumber.class)
                .isThrownBy(() -> IdNumber.parse(input, TODAY))
                .actual().reason();
    }

    @Test
    void acceptsTheExampleFromTheStandardAsAWomanBornOnNewYearsEve1949() {
        IdNumber id = IdNumber.parse(EXAMPLE);

        assertThat(id.value()).isEqualTo(EXAMPLE);
        assertThat(id.addressCode()).isEqualTo("110105");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
        assertThat(IdNumber.checkCharacter(EXAMPLE.substring(0, 17))).isEqualTo('X');
    }

    @Test
    void readsAnOddSequenceAsAMan() {
        assertThat(IdNumber.parse(withCheck("15220119560817123"), TODAY).sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void acceptsALowerCaseXAndStoresItUpperCase() {
        assertThat(IdNumber.parse("11010519491231002x", TODAY).value()).isEqualTo(EXAMPLE);
    }

    @Test
    void trimsSurroundingWhitespaceIncludingTheIdeographicSpace() {
        assertThat(IdNumber.parse(" \t" + EXAMPLE + "\u3000\n", TODAY).value()).isEqualTo(EXAMPLE);
    }

    @Test
    void upgradesTheOldFifteenDigitForm() {
        IdNumber id = IdNumber.parse("110105491231002", TODAY);

        assertThat(id.value()).isEqualTo(EXAMPLE);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void accepts29February2000BecauseItWasALeapYear() {
        assertThat(IdNumber.parse(withCheck("15010220000229001"), TODAY).birthDate())
                .isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"19000229", "20230229", "20240230", "20231301", "20230001", "20230100", "20230431"})
    void rejectsBirthDatesThatAreNotOnTheCalendar(String yyyyMMdd) {
        assertThat(reasonFor(withCheck("150102" + yyyyMMdd + "001"))).isEqualTo(Reason.BIRTH_DATE);
    }

    @Test
    void rejectsTheOldFormBornOn29February1900() {
        assertThat(reasonFor("150102000229001")).isEqualTo(Reason.BIRTH_DATE);
    }

    @Test
    void acceptsSomeoneBornTodayButNotTomorrow() {
        assertThat(IdNumber.parse(withCheck("15010220250630001"), TODAY).birthDate()).isEqualTo(TODAY);
        assertThat(reasonFor(withCheck("15010220250701001"))).isEqualTo(Reason.BIRTH_DATE);
    }

    @Test
    void rejectsABirthDateInTheFutureAgainstTheClockInChina() {
        String inAYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusYears(1).format(DateTimeFormatter.BASIC_ISO_DATE);

        assertThatExceptionOfType(InvalidIdNumber.class)
                .isThrownBy(() -> IdNumber.parse(withCheck("150102" + inAYear + "001")))
                .extracting(InvalidIdNumber::reason).isEqualTo(Reason.BIRTH_DATE);
    }

    @Test
    void acceptsBirthsFrom1890AndRejectsEarlierOnes() {
        assertThat(IdNumber.parse(withCheck("15010218900101001"), TODAY).birthDate())
                .isEqualTo(LocalDate.of(1890, 1, 1));
        assertThat(reasonFor(withCheck("15010218891231001"))).isEqualTo(Reason.BIRTH_DATE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"150172", "150271", "150571", "152571", "152971"})
    void rejectsTheStatisticalDevelopmentZoneCodes(String zone) {
        assertThat(reasonFor(withCheck(zone + "19600101001"))).isEqualTo(Reason.ADDRESS_CODE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"990101", "000101", "160101", "910101", "830000", "150000", "110000"})
    void rejectsAddressCodesOutsideTheProvincesOrAboveTheCountyLevel(String code) {
        assertThat(reasonFor(withCheck(code + "19600101001"))).isEqualTo(Reason.ADDRESS_CODE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"150102", "150105", "152201", "152221", "150784", "810101"})
    void acceptsCountyLevelAddressCodes(String code) {
        assertThat(IdNumber.parse(withCheck(code + "19600101001"), TODAY).addressCode()).isEqualTo(code);
    }

    @Test
    void rejectsAWrongCheckCharacter() {
        InvalidIdNumber e = assertThatExceptionOfType(InvalidIdNumber.class)
                .isThrownBy(() -> IdNumber.parse("110105194912310021", TODAY)).actual();

        assertThat(e.reason()).isEqualTo(Reason.CHECK_CHARACTER);
        assertThat(e.messageKey()).isEqualTo("shared.idNumber.invalid.checkCharacter");
        assertThat(e.getMessage()).doesNotContain("110105194912310021").doesNotContain("19491231");
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\u3000"})
    void rejectsNothingAsEmpty(String input) {
        assertThat(reasonFor(input)).isEqualTo(Reason.EMPTY);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1", "11010519491231002", "11010519491231002XX", "1101054912310", "1101054912310021",
            "110105 19491231 002X"})
    void rejectsWrongLengths(String input) {
        assertThat(reasonFor(input)).isEqualTo(Reason.LENGTH);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1101051949123100XX", "X1010519491231002X", "11010519491231O02X", "11010519491231002Y",
            "１１０１０５１９４９１２３１００２X", "11010549123100X", "110105-9491231002X"})
    void rejectsCharactersOtherThanDigitsAndAFinalX(String input) {
        assertThat(reasonFor(input)).isEqualTo(Reason.CHARACTERS);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "EMPTY, shared.idNumber.invalid.empty",
            "LENGTH, shared.idNumber.invalid.length",
            "CHARACTERS, shared.idNumber.invalid.characters",
            "ADDRESS_CODE, shared.idNumber.invalid.addressCode",
            "BIRTH_DATE, shared.idNumber.invalid.birthDate",
            "CHECK_CHARACTER, shared.idNumber.invalid.checkCharacter"})
    void eachReasonHasItsOwnMessageKey(Reason reason, String key) {
        assertThat(InvalidIdNumber.because(reason).messageKey()).isEqualTo(key);
    }

    @Test
    void tryParseIsEmptyInsteadOfThrowing() {
        assertThat(IdNumber.tryParse(EXAMPLE)).map(IdNumber::value).contains(EXAMPLE);
        assertThat(IdNumber.tryParse("110105194912310021")).isEmpty();
        assertThat(IdNumber.tryParse(null)).isEmpty();
    }

    @Test
    void showsOnlyTheMaskedFormAsText() {
        IdNumber id = IdNumber.parse(withCheck("15220119560817123"), TODAY);

        assertThat(id.masked()).isEqualTo("152201********123" + id.value().charAt(17));
        assertThat(id.toString()).isEqualTo(id.masked()).doesNotContain("19560817");
        assertThat(IdNumber.parse(EXAMPLE, TODAY)).hasToString("110105********002X");
    }

    @Test
    void countsTheAgeInCompletedYears() {
        IdNumber id = IdNumber.parse(EXAMPLE, TODAY);

        assertThat(id.ageOn(LocalDate.of(1949, 12, 31))).isZero();
        assertThat(id.ageOn(LocalDate.of(2024, 12, 30))).isEqualTo(74);
        assertThat(id.ageOn(LocalDate.of(2024, 12, 31))).isEqualTo(75);
        assertThatIllegalArgumentException().isThrownBy(() -> id.ageOn(LocalDate.of(1949, 12, 30)));
    }

    @Test
    void someoneBornOn29FebruaryCompletesAYearOn1MarchInCommonYears() {
        IdNumber id = IdNumber.parse(withCheck("15010220000229001"), TODAY);

        assertThat(id.ageOn(LocalDate.of(2001, 2, 28))).isZero();
        assertThat(id.ageOn(LocalDate.of(2001, 3, 1))).isEqualTo(1);
        assertThat(id.ageOn(LocalDate.of(2004, 2, 29))).isEqualTo(4);
    }

    @Test
    void numbersWithTheSameValueAreEqual() {
        assertThat(IdNumber.parse("110105491231002", TODAY))
                .isEqualTo(IdNumber.parse(EXAMPLE, TODAY))
                .hasSameHashCodeAs(IdNumber.parse(EXAMPLE, TODAY))
                .isNotEqualTo(IdNumber.parse(withCheck("15220119560817123"), TODAY));
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"1101051949123100", "110105194912310021", "1101051949123100X"})
    void theCheckCharacterNeedsExactlySeventeenDigits(String input) {
        assertThatIllegalArgumentException().isThrownBy(() -> IdNumber.checkCharacter(input));
    }
}
