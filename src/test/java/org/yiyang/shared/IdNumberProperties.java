package org.yiyang.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class IdNumberProperties {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final LocalDate EARLIEST = LocalDate.of(1890, 1, 1);
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("uuMMdd");
    /** County-level codes, most of them in Inner Mongolia, a few elsewhere. */
    private static final String[] ADDRESS_CODES = {
            "150102", "150105", "150121", "150202", "150302", "150402", "150502", "150602", "150702",
            "150784", "150802", "150902", "152201", "152221", "152502", "152921", "110105", "120101",
            "310115", "440305", "500101", "540102", "650102", "710101", "810101", "820101"};

    /** A number built from its parts, with the right check character. */
    record Generated(String addressCode, LocalDate birthDate, String sequence, String value) {
    }

    @Property
    void acceptsEveryWellFormedNumber(@ForAll("numbers") Generated g) {
        assertThat(IdNumber.parse(g.value(), TODAY).value()).isEqualTo(g.value());
    }

    @Property
    void derivesBirthDateSexAndAddressCodeFromTheDigits(@ForAll("numbers") Generated g) {
        IdNumber id = IdNumber.parse(g.value(), TODAY);
        Sex expected = (g.sequence().charAt(2) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;

        assertThat(id.birthDate()).isEqualTo(g.birthDate());
        assertThat(id.sex()).isEqualTo(expected);
        assertThat(id.addressCode()).isEqualTo(g.addressCode());
    }

    @Property
    void theMaskedFormHidesTheBirthDateAndKeepsTheRest(@ForAll("numbers") Generated g) {
        IdNumber id = IdNumber.parse(g.value(), TODAY);

        assertThat(id.masked()).hasSize(18)
                .startsWith(g.addressCode())
                .endsWith(g.value().substring(14))
                .doesNotContain(g.birthDate().format(YYYYMMDD));
        assertThat(id.masked().substring(6, 14)).isEqualTo("********");
        assertThat(id.toString()).isEqualTo(id.masked()).isNotEqualTo(id.value());
    }

    @Property
    void changingAnySingleCharacterIsRejected(@ForAll("numbers") Generated g,
                                              @ForAll @IntRange(max = 17) int position,
                                              @ForAll @IntRange(max = 10) int replacement) {
        char original = g.value().charAt(position);
        char changed = position == 17 ? "0123456789X".charAt(replacement) : (char) ('0' + replacement % 10);
        Assume.that(changed != original);
        String broken = g.value().substring(0, position) + changed + g.value().substring(position + 1);

        assertThatExceptionOfType(InvalidIdNumber.class).isThrownBy(() -> IdNumber.parse(broken, TODAY));
        assertThat(IdNumber.tryParse(broken)).isEmpty();
    }

    @Property
    void swappingTwoDifferentNeighbouringDigitsIsRejected(@ForAll("numbers") Generated g,
                                                         @ForAll @IntRange(max = 15) int position) {
        String v = g.value();
        Assume.that(v.charAt(position) != v.charAt(position + 1));
        String swapped = v.substring(0, position) + v.charAt(position + 1) + v.charAt(position) + v.substring(position + 2);

        assertThatExceptionOfType(InvalidIdNumber.class).isThrownBy(() -> IdNumber.parse(swapped, TODAY));
    }

    @Property
    void everyOldFifteenDigitNumberIsUpgradedWithTheCenturyAndACheckCharacter(@ForAll("oldNumbers") Generated g) {
        String old = g.addressCode() + g.birthDate().format(YYMMDD) + g.sequence();

        IdNumber id = IdNumber.parse(old, TODAY);

        assertThat(id.value()).hasSize(18).isEqualTo(g.value())
                .startsWith(old.substring(0, 6) + "19" + old.substring(6));
        assertThat(id.value().charAt(17)).isEqualTo(IdNumber.checkCharacter(id.value().substring(0, 17)));
        assertThat(id.birthDate()).isEqualTo(g.birthDate());
        assertThat(id.birthDate().getYear()).isEqualTo(1900 + g.birthDate().getYear() % 100);
    }

    @Property
    void parsingTheValueAgainGivesAnEqualNumber(@ForAll("numbers") Generated g) {
        IdNumber id = IdNumber.parse(g.value(), TODAY);
        IdNumber again = IdNumber.parse(id.value(), TODAY);

        assertThat(again).isEqualTo(id).hasSameHashCodeAs(id);
        assertThat(again.value()).isEqualTo(id.value());
        assertThat(IdNumber.tryParse(id.value())).contains(id);
    }

    @Property
    void aLowerCaseXAndSurroundingWhitespaceGiveTheSameNumber(@ForAll("numbers") Generated g,
                                                             @ForAll("whitespace") String before,
                                                             @ForAll("whitespace") String after) {
        String typed = before + g.value().replace('X', 'x') + after;

        assertThat(IdNumber.parse(typed, TODAY)).isEqualTo(IdNumber.parse(g.value(), TODAY));
    }

    @Property
    void theAgeIsCompletedOnTheBirthdayAndNotTheDayBefore(@ForAll("numbers") Generated g,
                                                          @ForAll @IntRange(min = 1, max = 120) int years) {
        Assume.that(!(g.birthDate().getMonthValue() == 2 && g.birthDate().getDayOfMonth() == 29));
        IdNumber id = IdNumber.parse(g.value(), TODAY);
        LocalDate birthday = g.birthDate().plusYears(years);

        assertThat(id.ageOn(g.birthDate())).isZero();
        assertThat(id.ageOn(birthday)).isEqualTo(years);
        assertThat(id.ageOn(birthday.minusDays(1))).isEqualTo(years - 1);
    }

    @Provide
    Arbitrary<Generated> numbers() {
        return generated(EARLIEST, TODAY);
    }

    @Provide
    Arbitrary<Generated> oldNumbers() {
        return generated(LocalDate.of(1900, 1, 1), LocalDate.of(1999, 12, 31));
    }

    @Provide
    Arbitrary<String> whitespace() {
        return Arbitraries.strings().withChars(' ', '\t', '\n', '\u3000').ofMaxLength(3);
    }

    private static Arbitrary<Generated> generated(LocalDate from, LocalDate to) {
        Arbitrary<String> addressCodes = Arbitraries.of(ADDRESS_CODES);
        Arbitrary<LocalDate> dates = Arbitraries.longs().between(from.toEpochDay(), to.toEpochDay())
                .map(LocalDate::ofEpochDay)
                .edgeCases(c -> c.add(from, to));
        Arbitrary<String> sequences = Arbitraries.strings().numeric().ofLength(3);
        return Combinators.combine(addressCodes, dates, sequences).as((address, date, sequence) -> {
            String first17 = address + date.format(YYYYMMDD) + sequence;
            return new Generated(address, date, sequence, first17 + IdNumber.checkCharacter(first17));
        });
    }
}
