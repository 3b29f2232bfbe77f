package org.yiyang.notify.internal;

import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Notice arguments are stored as a JSON array of strings, so no argument text can break the encoding. */
final class NoticeArgs {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private NoticeArgs() {
    }

    static String encode(List<String> args) {
        return JSON.writeValueAsString(args);
    }

    static List<String> decode(String stored) {
        return stored == null || stored.isBlank() ? List.of() : JSON.readValue(stored, STRINGS);
    }
}
