package org.yiyang.hotline.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.yiyang.shared.PhoneNumber;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a call event's JSON; anything malformed is a {@link HotlineProblem} naming the field. */
@Component
public class CallEventParser {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CALL_KEY = Pattern.compile("[A-Za-z0-9._:@-]{1,80}");
    private static final Pattern CALLED = Pattern.compile("[0-9+*#-]{1,20}");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public CallEvent parse(String body) {
        JsonNode root = read(body);
        CallEvent.Kind kind = kind(text(root, "event"));
        String callKey = required(root, "callId", CALL_KEY);
        PhoneNumber caller = caller(text(root, "caller"));
        String called = optional(root, "called", CALLED);
        String operator = optional(root, "operator", USERNAME);
        return new CallEvent(kind, callKey, caller, called, operator == null ? null : operator.toLowerCase(Locale.ROOT),
                time(text(root, "at")));
    }

    private static JsonNode read(String body) {
        if (body == null || body.isBlank()) {
            throw HotlineProblem.badInput(null, "hotline.event.empty");
        }
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null || !root.isObject()) {
                throw HotlineProblem.badInput(null, "hotline.event.notJson");
            }
            return root;
        } catch (JacksonException e) {
            throw HotlineProblem.badInput(null, "hotline.event.notJson");
        }
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString() && !node.isNumber()) {
            throw HotlineProblem.badInput(field, "hotline.event.invalidField", field);
        }
        String value = node.asString().strip();
        return value.isEmpty() ? null : value;
    }

    private static CallEvent.Kind kind(String value) {
        if (value == null) {
            throw HotlineProblem.badInput("event", "hotline.event.missingField", "event");
        }
        try {
            return CallEvent.Kind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw HotlineProblem.badInput("event", "hotline.event.unknownKind");
        }
    }

    private static String required(JsonNode root, String field, Pattern pattern) {
        String value = text(root, field);
        if (value == null) {
            throw HotlineProblem.badInput(field, "hotline.event.missingField", field);
        }
        if (!pattern.matcher(value).matches()) {
            throw HotlineProblem.badInput(field, "hotline.event.invalidField", field);
        }
        return value;
    }

    private static String optional(JsonNode root, String field, Pattern pattern) {
        String value = text(root, field);
        if (value != null && !pattern.matcher(value).matches()) {
            throw HotlineProblem.badInput(field, "hotline.event.invalidField", field);
        }
        return value;
    }

    /** A withheld number ("anonymous", empty) is no number; anything else must be a phone number. */
    private static PhoneNumber caller(String value) {
        if (value == null || value.equalsIgnoreCase("anonymous") || value.equalsIgnoreCase("unknown")) {
            return null;
        }
        return PhoneNumber.tryParse(value)
                .orElseThrow(() -> HotlineProblem.badInput("caller", "hotline.event.invalidField", "caller"));
    }

    private static Instant time(String value) {
        if (value == null) {
            throw HotlineProblem.badInput("at", "hotline.event.missingField", "at");
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw HotlineProblem.badInput("at", "hotline.event.invalidField", "at");
        }
    }
}
