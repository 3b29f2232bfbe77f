package org.yiyang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LanguageTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "zh-CN,   ZH",
            "zh,      ZH",
            "zh-Hans, ZH",
            "ZH-cn,   ZH",
            "mn,      MN",
            "mn-Mong, MN",
            "MN-MONG, MN",
            "en,      EN",
            "en-US,   EN",
            "en-GB,   EN",
    })
    void recognisesTheLanguageOfATag(String tag, Language expected) {
        assertThat(Language.fromTag(tag)).contains(expected);
    }

    @Test
    void toleratesWhitespaceAroundATag() {
        assertThat(Language.fromTag("  mn-Mong ")).contains(Language.MN);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "unknown", "fr", "ja-JP", "de-DE", "x", "*"})
    void knowsNoLanguageForAnUnsupportedOrMissingTag(String tag) {
        assertThat(Language.fromTag(tag)).isEmpty();
    }

    @Test
    void eachLanguageIsFoundByItsOwnTag() {
        for (Language language : Language.values()) {
            assertThat(Language.fromTag(language.tag())).contains(language);
            assertThat(Language.of(language.locale())).isEqualTo(language);
        }
    }

    @Test
    void mapsALocaleToItsLanguage() {
        assertThat(Language.of(Locale.SIMPLIFIED_CHINESE)).isEqualTo(Language.ZH);
        assertThat(Language.of(Locale.forLanguageTag("mn-Mong-CN"))).isEqualTo(Language.MN);
        assertThat(Language.of(Locale.US)).isEqualTo(Language.EN);
    }

    @Test
    void fallsBackToChineseForAnUnsupportedOrMissingLocale() {
        assertThat(Language.DEFAULT).isEqualTo(Language.ZH);
        assertThat(Language.of(null)).isEqualTo(Language.DEFAULT);
        assertThat(Language.of(Locale.JAPAN)).isEqualTo(Language.DEFAULT);
        assertThat(Language.of(Locale.ROOT)).isEqualTo(Language.DEFAULT);
    }

    @Test
    void onlyTraditionalMongolianIsWrittenVertically() {
        assertThat(Language.MN.vertical()).isTrue();
        assertThat(Language.ZH.vertical()).isFalse();
        assertThat(Language.EN.vertical()).isFalse();
    }
}
