package org.yiyang.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A 12-digit statistical division code (统计用区划代码): 2 digits province, 2 league/city,
 * 2 banner/county, 3 sumu/township, 3 gacha/village. The level and the subtree follow from the code
 * itself, so scoping a query to a division is a range condition on an indexed column.
 */
public record DivisionCode(String value) implements Comparable<DivisionCode> {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");
    /** Significant prefix length per level 1..5. */
    private static final int[] PREFIX_LENGTH = {0, 2, 4, 6, 9, 12};

    public static final DivisionCode INNER_MONGOLIA = new DivisionCode("150000000000");

    public DivisionCode {
        if (value == null || !TWELVE_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("A division code has exactly 12 digits");
        }
    }

    public static DivisionCode of(String value) {
        return new DivisionCode(value);
    }

    /** Parses user input; empty when it is not a well-formed code. */
    public static Optional<DivisionCode> parse(String value) {
        if (value == null || !TWELVE_DIGITS.matcher(value.strip()).matches()) {
            return Optional.empty();
        }
        return Optional.of(new DivisionCode(value.strip()));
    }

    /** 1 region, 2 league/city, 3 banner/county, 4 sumu/township, 5 gacha/village. */
    public int level() {
        if (value.endsWith("0000000000")) return 1;
        if (value.endsWith("00000000")) return 2;
        if (value.endsWith("000000")) return 3;
        if (value.endsWith("000")) return 4;
        return 5;
    }

    /** The digits that every code in this subtree starts with. */
    public String prefix() {
        return value.substring(0, PREFIX_LENGTH[level()]);
    }

    /** Smallest code in the subtree (this code itself). */
    public String subtreeFrom() {
        return value;
    }

    /** Largest possible code in the subtree. */
    public String subtreeTo() {
        String prefix = prefix();
        return prefix + "9".repeat(12 - prefix.length());
    }

    /** Whether {@code other} is this division or lies below it. */
    public boolean contains(DivisionCode other) {
        return other.value.startsWith(prefix());
    }

    @Override
    public int compareTo(DivisionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
