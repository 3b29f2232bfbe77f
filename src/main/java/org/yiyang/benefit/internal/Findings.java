package org.yiyang.benefit.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.yiyang.benefit.RuleCheck.Finding;
import org.yiyang.shared.Money;

/** The errors found while reading a rule draft, each on its field, and the readers of typed text that record them. */
final class Findings {

    static final String AMOUNT = "benefit.rule.error.amount";
    /** Yuan as people write them: digits, at most two decimals; no sign, exponent or currency sign. */
    static final Pattern YUAN = Pattern.compile("[0-9]{1,12}(\\.[0-9]{1,2})?");

    private final List<Finding> errors = new ArrayList<>();

    void add(String field, String messageKey, Object... args) {
        errors.add(new Finding(field, messageKey, List.of(args)));
    }

    List<Finding> errors() {
        return List.copyOf(errors);
    }

    boolean any() {
        return !errors.isEmpty();
    }

    /** Yuan with at most two decimals, not negative; blank is {@code blank}; null after an error. */
    Money yuan(String text, String field, Money blank) {
        if (isBlank(text)) {
            return blank;
        }
        if (YUAN.matcher(text.strip()).matches()) {
            return Money.parseYuan(text);
        }
        add(field, AMOUNT, text.strip());
        return null;
    }

    /** A whole number from {@code min} to {@code max}; null when blank or after an error (recorded as {@code key}). */
    Integer whole(String text, String field, int min, int max, String key) {
        if (isBlank(text)) {
            return null;
        }
        try {
            int number = Integer.parseInt(text.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        add(field, key, text.strip());
        return null;
    }

    /** A date as {@code yyyy-MM-dd}; null when blank or after an error. */
    LocalDate date(String text, String field) {
        if (isBlank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            add(field, "benefit.rule.error.date", text.strip());
            return null;
        }
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
