package org.yiyang.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the platform speaks: Chinese (default), traditional Mongolian script, English. */
public enum Language {

    ZH("zh-CN", "中文"),
    MN("mn-Mong", "ᠮᠣᠩᠭᠣᠯ"),
    EN("en", "English");

    private final String tag;
    private final String nativeName;

    Language(String tag, String nativeName) {
        this.tag = tag;
        this.nativeName = nativeName;
    }

    public static final Language DEFAULT = ZH;

    public String tag() {
        return tag;
    }

    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** Traditional Mongolian is written top to bottom; layouts use this to choose vertical writing. */
    public boolean vertical() {
        return this == MN;
    }

    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String wanted = tag.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(l -> l.tag.toLowerCase(Locale.ROOT).equals(wanted)
                        || l.locale().getLanguage().equals(Locale.forLanguageTag(wanted).getLanguage()))
                .findFirst();
    }

    public static Language of(Locale locale) {
        return locale == null ? DEFAULT : fromTag(locale.toLanguageTag()).orElse(DEFAULT);
    }
}
