package org.yiyang.care.internal.device;

import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The topic scheme (docs/care-devices.md): a device publishes to {@code <prefix>/<code>/up} and may read
 * {@code <prefix>/<code>/down}; the platform subscribes to {@code <prefix>/+/up}.
 */
@Component
public class DeviceTopics {

    /** Device codes are topic-safe: letters, digits, '-' and '_' only (no '/', '+', '#'). */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{4,40}");
    private final String prefix;

    DeviceTopics(MqttSettings settings) {
        this.prefix = settings.topicPrefix();
    }

    public String up(String code) {
        return prefix + "/" + code + "/up";
    }

    String down(String code) {
        return prefix + "/" + code + "/down";
    }

    String allUp() {
        return prefix + "/+/up";
    }

    /** The device code an up-topic names, or null for any other topic. */
    String codeOf(String topic) {
        String head = prefix + "/";
        if (topic == null || !topic.startsWith(head) || !topic.endsWith("/up")) {
            return null;
        }
        String code = topic.substring(head.length(), topic.length() - "/up".length());
        return CODE.matcher(code).matches() ? code : null;
    }
}
