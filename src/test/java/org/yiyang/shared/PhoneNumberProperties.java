package org.yiyang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PhoneNumberProperties {

    @Property
    void acceptsEveryMobileNumberHoweverItIsDecorated(@ForAll("mobiles") String mobile,
                                                      @ForAll("prefixes") String prefix,
                                                      @ForAll("separators") String separator) {
        String typed = prefix + mobile.substring(0, 3) + separator + mobile.substring(3, 7) + separator + mobile.substring(7);

        assertThat(PhoneNumber.parse(typed).value()).isEqualTo(mobile);
    }

    @Property
    void acceptsEveryLandlineWithOrWithoutTheDash(@ForAll("landlines") String landline) {
        assertThat(PhoneNumber.parse(landline).value()).isEqualTo(landline);
        assertThat(PhoneNumber.parse(landline.replace("-", "")).value()).isEqualTo(landline);
    }

    @Property
    void parsingTheValueAgainGivesAnEqualNumber(@ForAll("numbers") String number) {
        PhoneNumber phone = PhoneNumber.parse(number);

        assertThat(PhoneNumber.parse(phone.value())).isEqualTo(phone);
    }

    @Property
    void theMaskedFormKeepsOnlyThePrefixAndTheLastFourDigits(@ForAll("numbers") String number) {
        PhoneNumber phone = PhoneNumber.parse(number);
        String value = phone.value();
        String kept = phone.isMobile() ? value.substring(0, 3) : value.substring(0, value.indexOf('-') + 1);

        assertThat(phone.masked()).isEqualTo(kept + "****" + value.substring(value.length() - 4));
        assertThat(phone.toString()).isEqualTo(phone.masked()).isNotEqualTo(value);
    }

    @Provide
    Arbitrary<String> mobiles() {
        return Combinators.combine(Arbitraries.chars().range('3', '9'), Arbitraries.strings().numeric().ofLength(9))
                .as((second, rest) -> "1" + second + rest);
    }

    @Provide
    Arbitrary<String> landlines() {
        Arbitrary<String> threeDigit = Combinators.combine(
                        Arbitraries.of("010", "020", "021", "022", "023", "024", "025", "027", "028", "029"),
                        Arbitraries.strings().numeric().ofLength(8))
                .as((area, local) -> area + "-" + local);
        Arbitrary<String> fourDigit = Combinators.combine(
                        Arbitraries.strings().numeric().ofLength(3).map(s -> "0" + s).filter(a -> a.charAt(1) >= '3'),
                        Arbitraries.strings().numeric().ofMinLength(7).ofMaxLength(8))
                .as((area, local) -> area + "-" + local);
        return Arbitraries.oneOf(threeDigit, fourDigit);
    }

    @Provide
    Arbitrary<String> numbers() {
        return Arbitraries.oneOf(mobiles(), landlines());
    }

    @Provide
    Arbitrary<String> prefixes() {
        return Arbitraries.of("", "+86", "+86 ", "+86-", "86", "0086", " ");
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("", " ", "-", "\u3000", " - ");
    }
}
