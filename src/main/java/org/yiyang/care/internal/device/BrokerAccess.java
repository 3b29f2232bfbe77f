package org.yiyang.care.internal.device;

import java.nio.charset.StandardCharsets;

import io.moquette.broker.security.IAuthenticator;
import io.moquette.broker.security.IAuthorizatorPolicy;
import io.moquette.broker.subscriptions.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who may connect to the broker and what they may do: a device connects with its code as username (and as client
 * id) and its secret as password, publishes only to its own up-topic and reads only its own down-topic; the
 * platform's account alone reads all up-topics. The embedded broker asks this on every connect, publish and
 * subscribe; docs/care-devices.md describes the same checks for an external broker. Refusals are logged with the
 * device code only and counted.
 */
@Component
public class BrokerAccess implements IAuthenticator, IAuthorizatorPolicy {

    private static final Logger log = LoggerFactory.getLogger(BrokerAccess.class);

    private final DeviceStore store;
    private final DeviceSecrets secrets;
    private final DeviceTopics topics;
    private final PlatformAccount platform;
    private final DeviceMetrics metrics;

    BrokerAccess(DeviceStore store, DeviceSecrets secrets, DeviceTopics topics, PlatformAccount platform,
                 DeviceMetrics metrics) {
        this.store = store;
        this.secrets = secrets;
        this.topics = topics;
        this.platform = platform;
        this.metrics = metrics;
    }

    @Override
    public boolean checkValid(String clientId, String username, byte[] password) {
        String secret = password == null ? "" : new String(password, StandardCharsets.UTF_8);
        if (platform.username().equals(username)) {
            return platform.matches(clientId, secret) || refuse("platform credentials", "-");
        }
        if (username == null || !DeviceTopics.CODE.matcher(username).matches()) {
            return refuse("no device code", "-");
        }
        if (!username.equals(clientId)) {
            return refuse("client id differs from device code", username);
        }
        boolean valid = store.secretHash(username).map(hash -> secrets.matches(secret, hash)).orElse(false);
        return valid || refuse("unknown device or wrong secret", username);
    }

    @Override
    public boolean canWrite(Topic topic, String user, String client) {
        return user != null && !platform.username().equals(user) && topic.toString().equals(topics.up(user));
    }

    @Override
    public boolean canRead(Topic topic, String user, String client) {
        if (platform.username().equals(user)) {
            return topic.toString().equals(topics.allUp());
        }
        return user != null && topic.toString().equals(topics.down(user));
    }

    private boolean refuse(String reason, String code) {
        metrics.connectionRefused();
        log.warn("Device connection refused: {}, device code {}", reason, code);
        return false;
    }
}
