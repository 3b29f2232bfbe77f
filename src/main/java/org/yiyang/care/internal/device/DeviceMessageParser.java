package org.yiyang.care.internal.device;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads and checks the JSON of a device message; anything wrong is a {@link MalformedMessage} naming the reason. */
@Component
class DeviceMessageParser {

    static final int MAX_BYTES = 4096;
    private static final Pattern MESSAGE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private final JsonMapper json = JsonMapper.builder().build();

    DeviceMessage parse(byte[] payload) {
        if (payload == null || payload.length == 0 || payload.length > MAX_BYTES) {
            throw new MalformedMessage("size");
        }
        JsonNode root;
        try {
            root = json.readTree(payload);
        } catch (JacksonException e) {
            throw new MalformedMessage("json");
        }
        if (root == null || !root.isObject()) {
            throw new MalformedMessage("json");
        }
        String device = text(root, "device");
        if (!DeviceTopics.CODE.matcher(device).matches()) {
            throw new MalformedMessage("device");
        }
        String id = text(root, "id");
        if (!MESSAGE_ID.matcher(id).matches()) {
            throw new MalformedMessage("id");
        }
        MessageKind kind = kind(text(root, "kind"));
        DeviceMessage message = new DeviceMessage(device, id, time(text(root, "time")), kind, values(root.get("values")));
        checkValues(message);
        return message;
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isString() || node.stringValue().isBlank()) {
            throw new MalformedMessage("missing:" + field);
        }
        return node.stringValue();
    }

    private static MessageKind kind(String text) {
        try {
            return MessageKind.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new MalformedMessage("kind");
        }
    }

    private static Instant time(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedMessage("time");
        }
    }

    private static Map<String, Object> values(JsonNode node) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (!node.isObject()) {
            throw new MalformedMessage("values");
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            JsonNode v = e.getValue();
            if (v.isNumber()) {
                values.put(e.getKey(), v.doubleValue());
            } else if (v.isBoolean()) {
                values.put(e.getKey(), v.booleanValue());
            }
        }
        return values;
    }

    private static void checkValues(DeviceMessage m) {
        switch (m.kind()) {
            case HEART_RATE -> {
                Double bpm = m.number("bpm");
                if (bpm == null || bpm < 0 || bpm > 300) {
                    throw new MalformedMessage("values.bpm");
                }
            }
            case LOCATION -> {
                if (org.yiyang.shared.GeoPoint.of(m.number("lat"), m.number("lon")).isEmpty()) {
                    throw new MalformedMessage("values.lat/lon");
                }
            }
            default -> { }
        }
    }

    /** The payload is not a device message; {@code reason} is a short machine text for the log, never the payload. */
    static final class MalformedMessage extends RuntimeException {
        MalformedMessage(String reason) {
            super(reason, null, false, false);
        }
    }
}
