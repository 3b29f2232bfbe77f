package org.yiyang.shared;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mainland China phone number: a mobile ({@code 13812345678}) or a landline with its area code
 * ({@code 0471-6661234}). {@link #toString()} gives only the {@linkplain #masked() masked} form.
 */
public final class PhoneNumber {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    /** 010 and 02x are the only three-digit area codes; every other one has four digits. */
    private static final Pattern LANDLINE = Pattern.compile("(0(?:10|2\\d|[3-9]\\d{2}))(\\d{7,8})");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u3000-]+");
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s\\u00A0\\u3000-]+");

    private final String value;
    private final boolean mobile;

    private PhoneNumber(String value, boolean mobile) {
        this.value = value;
        this.mobile = mobile;
    }

    /**
     * Parses user input. Spaces and dashes are ignored, as is a leading +86, 0086 or 86 before a
     * mobile number; a landline after +86 may leave out the trunk 0 of its area code. A landline
     * written in groups must start with its area code as the first group, so {@code 047-16661234}
     * is rejected rather than guessed at.
     *
     * @throws InvalidPhoneNumber when the input is no mobile or landline number
     */
    public static PhoneNumber parse(String input) {
        String text = input == null ? "" : LEADING_SEPARATORS.matcher(input).replaceFirst("");
        boolean international = text.startsWith("+86") || text.startsWith("0086");
        if (international) {
            text = LEADING_SEPARATORS.matcher(text.substring(text.indexOf("86") + 2)).replaceFirst("");
        }
        String[] groups = SEPARATORS.split(text);
        String digits = String.join("", groups);
        if (!international && digits.startsWith("86") && MOBILE.matcher(digits.substring(2)).matches()) {
            digits = digits.substring(2);
        }
        if (MOBILE.matcher(digits).matches()) {
            return new PhoneNumber(digits, true);
        }
        String trunk = international && !digits.startsWith("0") ? "0" : "";
        return landline(trunk + digits, groups.length == 1 ? null : trunk + groups[0]);
    }

    private static PhoneNumber landline(String digits, String firstGroup) {
        Matcher landline = LANDLINE.matcher(digits);
        if (!landline.matches() || (firstGroup != null && !firstGroup.equals(landline.group(1)))) {
            throw InvalidPhoneNumber.of();
        }
        return new PhoneNumber(landline.group(1) + "-" + landline.group(2), false);
    }

    /** Like {@link #parse(String)}, empty instead of an exception. */
    public static Optional<PhoneNumber> tryParse(String input) {
        try {
            return Optional.of(parse(input));
        } catch (InvalidPhoneNumber e) {
            return Optional.empty();
        }
    }

    /** {@code 13812345678} or {@code 0471-6661234}. Personal data: do not log. */
    public String value() {
        return value;
    }

    public boolean isMobile() {
        return mobile;
    }

    /** {@code 138****5678}, or {@code 0471-****1234} for a landline. */
    public String masked() {
        String lastFour = value.substring(value.length() - 4);
        return mobile
                ? value.substring(0, 3) + "****" + lastFour
                : value.substring(0, value.indexOf('-') + 1) + "****" + lastFour;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber phone && phone.value.equals(value);
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
