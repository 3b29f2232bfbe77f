package org.yiyang.elder.internal;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A text of a standard definition in several languages, keyed by language tag ({@code zh}, {@code en},
 * later {@code mn}); a file may add a language without a code change.
 */
record Wording(Map<String, String> texts) {

    static final String DEFAULT_LANGUAGE = "zh";

    Wording {
        texts.forEach((language, text) -> {
            if (text == null) {
                throw new IllegalArgumentException("the '" + language + "' text is null");
            }
        });
        texts = Map.copyOf(texts);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Wording of(Map<String, String> texts) {
        return new Wording(texts);
    }

    /** The text in {@code language}, else the Chinese text. */
    String in(String language) {
        String text = texts.get(language);
        return text == null || text.isBlank() ? texts.get(DEFAULT_LANGUAGE) : text;
    }

    boolean has(String language) {
        String text = texts.get(language);
        return text != null && !text.isBlank();
    }
}
