package org.yiyang.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class DivisionCodeProperties {

    /** Significant digits per level 1..5, as in 统计用区划代码: 2 + 2 + 2 + 3 + 3. */
    private static final int[] PREFIX_LENGTH = {0, 2, 4, 6, 9, 12};
    private static final int[] SEGMENT_LENGTH = {0, 2, 2, 2, 3, 3};

    record Generated(int level, DivisionCode code) {
    }

    @Property
    void levelIsTheLevelTheCodeWasBuiltAt(@ForAll("codes") Generated g) {
        assertThat(g.code().level()).isEqualTo(g.level());
    }

    @Property
    void prefixIsTheSignificantDigitsOfTheLevel(@ForAll("codes") Generated g) {
        String prefix = g.code().prefix();

        assertThat(prefix).hasSize(PREFIX_LENGTH[g.level()]);
        assertThat(g.code().value()).startsWith(prefix);
        assertThat(g.code().value().substring(prefix.length())).matches("0*");
    }

    @Property
    void subtreeRunsFromTheCodeItselfToThePrefixFilledWithNines(@ForAll("codes") Generated g) {
        DivisionCode code = g.code();
        String prefix = code.prefix();

        assertThat(code.subtreeFrom()).isEqualTo(code.value());
        assertThat(code.subtreeTo()).hasSize(12)
                .startsWith(prefix)
                .isEqualTo(prefix + "9".repeat(12 - prefix.length()));
        assertThat(code.subtreeFrom()).isLessThanOrEqualTo(code.subtreeTo());
    }

    @Property
    void aCodeContainsItself(@ForAll("codes") Generated g) {
        assertThat(g.code().contains(g.code())).isTrue();
    }

    @Property
    void anyCodeBuiltByExtendingThePrefixIsContained(@ForAll("codes") Generated g,
                                                      @ForAll("digitStrings12") String tail) {
        String prefix = g.code().prefix();
        DivisionCode descendant = DivisionCode.of(prefix + tail.substring(prefix.length()));

        assertThat(g.code().contains(descendant)).isTrue();
    }

    @Property
    void containsAgreesWithTheStringRangeOfTheSubtree(@ForAll("codes") Generated g,
                                                      @ForAll("otherCodes") DivisionCode other) {
        DivisionCode code = g.code();
        boolean inRange = other.value().compareTo(code.subtreeFrom()) >= 0
                && other.value().compareTo(code.subtreeTo()) <= 0;

        assertThat(code.contains(other)).isEqualTo(inRange);
    }

    @Property
    void containsAgreesWithTheStringRangeForCodesNearTheSubtree(@ForAll("codes") Generated g,
                                                                @ForAll @IntRange(max = 11) int shared,
                                                                @ForAll("digitStrings12") String tail) {
        DivisionCode code = g.code();
        DivisionCode near = DivisionCode.of(code.value().substring(0, shared) + tail.substring(shared));
        boolean inRange = near.value().compareTo(code.subtreeFrom()) >= 0
                && near.value().compareTo(code.subtreeTo()) <= 0;

        assertThat(code.contains(near)).isEqualTo(inRange);
    }

    @Property
    void aParentContainsItsChildButTheChildDoesNotContainTheParent(@ForAll("codes") Generated g,
                                                                   @ForAll("digitStrings12") String digits) {
        Assume.that(g.level() < 5);
        DivisionCode child = DivisionCode.of(childOf(g.code(), g.level(), digits));

        assertThat(child.level()).isEqualTo(g.level() + 1);
        assertThat(g.code().contains(child)).isTrue();
        assertThat(child.contains(g.code())).isFalse();
    }

    @Property
    void parseAcceptsEveryWellFormedCodeWithSurroundingWhitespace(@ForAll("digitStrings12") String digits,
                                                                  @ForAll("whitespace") String before,
                                                                  @ForAll("whitespace") String after) {
        assertThat(DivisionCode.parse(before + digits + after)).contains(DivisionCode.of(digits));
    }

    @Property
    void parseRejectsTooFewOrTooManyDigits(@ForAll @StringLength(max = 30) @NumericChars String digits) {
        Assume.that(digits.length() != 12);
        assertThat(DivisionCode.parse(digits)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> DivisionCode.of(digits));
    }

    @Property
    void parseRejectsACodeWithANonDigitAnywhere(@ForAll("digitStrings12") String digits,
                                                @ForAll @IntRange(max = 11) int position,
                                                @ForAll("nonDigits") char intruder) {
        String broken = digits.substring(0, position) + intruder + digits.substring(position + 1);

        assertThat(DivisionCode.parse(broken)).isEmpty();
    }

    @Property
    void parseRejectsWhitespaceInsideACode(@ForAll("digitStrings12") String digits,
                                           @ForAll @IntRange(min = 1, max = 11) int position,
                                           @ForAll("nonEmptyWhitespace") String gap) {
        String split = digits.substring(0, position) + gap + digits.substring(position);

        assertThat(DivisionCode.parse(split)).isEmpty();
    }

    @Example
    void parseRejectsNullBlankAndLookAlikes() {
        assertThat(DivisionCode.parse(null)).isEmpty();
        assertThat(DivisionCode.parse("")).isEmpty();
        assertThat(DivisionCode.parse("   ")).isEmpty();
        assertThat(DivisionCode.parse("15010000000")).isEmpty();
        assertThat(DivisionCode.parse("1501000000000")).isEmpty();
        assertThat(DivisionCode.parse("15010000000O")).isEmpty();
        assertThat(DivisionCode.parse("１５０１００００００００")).isEmpty();
        assertThat(DivisionCode.parse("-15010000000")).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> DivisionCode.of(null));
        assertThatIllegalArgumentException().isThrownBy(() -> DivisionCode.of(" 150100000000"));
    }

    @Provide
    Arbitrary<Generated> codes() {
        return Combinators.combine(Arbitraries.integers().between(1, 5), digitStrings12())
                .as((level, digits) -> new Generated(level, DivisionCode.of(codeAt(level, digits))));
    }

    @Provide
    Arbitrary<DivisionCode> otherCodes() {
        return Arbitraries.oneOf(digitStrings12(), codes().map(g -> g.code().value()))
                .map(DivisionCode::of);
    }

    @Provide
    Arbitrary<String> digitStrings12() {
        return Arbitraries.strings().numeric().ofLength(12);
    }

    @Provide
    Arbitrary<String> whitespace() {
        return Arbitraries.strings().withChars(' ', '\t', '\n', '\r', '\u3000').ofMaxLength(3);
    }

    @Provide
    Arbitrary<String> nonEmptyWhitespace() {
        return Arbitraries.strings().withChars(' ', '\t', '\n', '\u3000').ofMinLength(1).ofMaxLength(3);
    }

    @Provide
    Arbitrary<Character> nonDigits() {
        return Arbitraries.chars().filter(c -> c < '0' || c > '9');
    }

    /** A code at {@code level}: each significant segment non-zero, the rest zero. */
    private static String codeAt(int level, String digits) {
        StringBuilder code = new StringBuilder(12);
        for (int l = 1; l <= level; l++) {
            String segment = digits.substring(PREFIX_LENGTH[l - 1], PREFIX_LENGTH[l]);
            code.append(segment.matches("0+") ? "0".repeat(segment.length() - 1) + "1" : segment);
        }
        return code + "0".repeat(12 - code.length());
    }

    private static String childOf(DivisionCode parent, int parentLevel, String digits) {
        int level = parentLevel + 1;
        String segment = digits.substring(0, SEGMENT_LENGTH[level]);
        if (segment.matches("0+")) {
            segment = "0".repeat(segment.length() - 1) + "1";
        }
        String code = parent.prefix() + segment;
        return code + "0".repeat(12 - code.length());
    }
}
