package org.yiyang.care.internal.device;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

/**
 * The platform's own broker account: configured for an external broker, or with the embedded broker a random
 * password made at start when none is configured (nobody else needs to know it).
 */
@Component
class PlatformAccount {

    private final String clientId;
    private final String username;
    private final String password;

    PlatformAccount(MqttSettings settings) {
        this.clientId = settings.clientId();
        this.username = settings.username();
        this.password = settings.password() == null || settings.password().isEmpty()
                ? (settings.external() ? "" : randomPassword()) : settings.password();
    }

    String clientId() {
        return clientId;
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    boolean matches(String client, String secret) {
        return client != null && client.startsWith(clientId) && !password.isEmpty() && MessageDigest.isEqual(
                password.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
