package org.yiyang.care.internal.device;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the platform reaches the device broker ({@code yiyang.mqtt.*}, docs/care-devices.md). A blank {@code url}
 * means the embedded broker on {@code embedded.host:embedded.port}; an external broker's url switches it off.
 * {@code password} blank with the embedded broker: a random one is made at start (the platform is its only user).
 */
@ConfigurationProperties("yiyang.mqtt")
public record MqttSettings(String url, @DefaultValue("yiyang-platform") String clientId,
                           @DefaultValue("yiyang-platform") String username, String password,
                           @DefaultValue("yiyang/devices") String topicPrefix,
                           @DefaultValue("4") int workers, @DefaultValue Embedded embedded) {

    public boolean external() {
        return url != null && !url.isBlank();
    }

    /** The embedded Moquette broker; {@code port} 0 picks a free one; {@code dataDir} blank keeps state in memory. */
    public record Embedded(@DefaultValue("127.0.0.1") String host, @DefaultValue("18830") int port, String dataDir) {
    }
}
