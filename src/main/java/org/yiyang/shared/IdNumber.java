package org.yiyang.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

import org.yiyang.shared.InvalidIdNumber.Reason;

/**
 * A resident ID number (居民身份证号码, GB 11643-1999): 6-digit address code (GB/T 2260), 8-digit
 * birth date, 3-digit sequence (odd for men) and a check character. Always held as the 18-character
 * form with an upper-case X; {@link #toString()} gives only the {@linkplain #masked() masked} form so
 * the number never ends up in a log.
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARACTERS = "10X98765432".toCharArray();
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82");
    /** County-level in the statistical codes but never issued on an ID card. */
    private static final Set<String> DEVELOPMENT_ZONES = Set.of("150172", "150271", "150571", "152571", "152971");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1890, 1, 1);

    private final String value;
    private final LocalDate birthDate;

    private IdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /** Parses user input, judging the birth date against today in China. */
    public static IdNumber parse(String input) {
        return parse(input, LocalDate.now(ChinaTime.ZONE));
    }

    /**
     * Parses user input: surrounding whitespace is ignored, a lower-case x accepted, and the old
     * 15-digit form upgraded to 18 characters.
     *
     * @throws InvalidIdNumber naming the first rule the input breaks
     */
    public static IdNumber parse(String input, LocalDate today) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) {
            throw InvalidIdNumber.because(Reason.EMPTY);
        }
        String candidate = switch (text.length()) {
            case 18 -> eighteenCharacters(text);
            case 15 -> upgraded(text);
            default -> throw InvalidIdNumber.because(Reason.LENGTH);
        };
        checkAddressCode(candidate.substring(0, 6));
        LocalDate birthDate = birthDate(candidate.substring(6, 14), today);
        if (candidate.charAt(17) != checkCharacter(candidate.substring(0, 17))) {
            throw InvalidIdNumber.because(Reason.CHECK_CHARACTER);
        }
        return new IdNumber(candidate, birthDate);
    }

    /** Like {@link #parse(String)}, empty instead of an exception. */
    public static Optional<IdNumber> tryParse(String input) {
        try {
            return Optional.of(parse(input));
        } catch (InvalidIdNumber e) {
            return Optional.empty();
        }
    }

    /** The check character (校验码) for the first 17 digits: ISO 7064 MOD 11-2. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17 || !digits(first17)) {
            throw new IllegalArgumentException("The check character is computed from exactly 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }

    private static String eighteenCharacters(String text) {
        String upper = text.charAt(17) == 'x' ? text.substring(0, 17) + 'X' : text;
        char last = upper.charAt(17);
        if (!digits(upper.substring(0, 17)) || !(isDigit(last) || last == 'X')) {
            throw InvalidIdNumber.because(Reason.CHARACTERS);
        }
        return upper;
    }

    /** The old form: insert the century 19 before the birth date, append the check character. */
    private static String upgraded(String text) {
        if (!digits(text)) {
            throw InvalidIdNumber.because(Reason.CHARACTERS);
        }
        String first17 = text.substring(0, 6) + "19" + text.substring(6);
        return first17 + checkCharacter(first17);
    }

    private static void checkAddressCode(String code) {
        if (!PROVINCES.contains(code.substring(0, 2)) || code.endsWith("0000") || DEVELOPMENT_ZONES.contains(code)) {
            throw InvalidIdNumber.because(Reason.ADDRESS_CODE);
        }
    }

    private static LocalDate birthDate(String yyyyMMdd, LocalDate today) {
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(yyyyMMdd.substring(0, 4)),
                    Integer.parseInt(yyyyMMdd.substring(4, 6)), Integer.parseInt(yyyyMMdd.substring(6)));
        } catch (DateTimeException e) {
            throw InvalidIdNumber.because(Reason.BIRTH_DATE);
        }
        if (date.isBefore(EARLIEST_BIRTH) || date.isAfter(today)) {
            throw InvalidIdNumber.because(Reason.BIRTH_DATE);
        }
        return date;
    }

    private static boolean digits(String text) {
        return text.chars().allMatch(IdNumber::isDigit);
    }

    /** ASCII only: full-width and other Unicode digits are not part of an ID number. */
    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** The full 18 characters, upper-case X. Personal data: do not log. */
    public String value() {
        return value;
    }

    /** The GB/T 2260 county-level code of the place of first registration. */
    public String addressCode() {
        return value.substring(0, 6);
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /**
     * Age in completed years (周岁) on {@code date}. Someone born on 29 February completes a year on
     * 1 March in common years.
     */
    public int ageOn(LocalDate date) {
        if (date.isBefore(birthDate)) {
            throw new IllegalArgumentException("The date lies before the birth date");
        }
        return (int) ChronoUnit.YEARS.between(birthDate, date);
    }

    /** Address code and last four characters, the birth date hidden: {@code 152201********123X}. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdNumber id && id.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The masked form, never the full number. */
    @Override
    public String toString() {
        return masked();
    }
}
