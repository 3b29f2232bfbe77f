package org.yiyang.care.internal.device;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.stereotype.Component;
import org.yiyang.identity.PersonalDataProtection;

/**
 * Device secrets (the MQTT password): 160 random bits, shown once, kept only as the platform's keyed HMAC-SM3 hash
 * (the blind index of {@link PersonalDataProtection}). A slow password hash is not needed for random secrets of
 * this length, and the keyed hash keeps a broker's many connects cheap.
 */
@Component
public class DeviceSecrets {

    private static final String DOMAIN = "care-device-secret";
    private final SecureRandom random = new SecureRandom();
    private final PersonalDataProtection protection;

    DeviceSecrets(PersonalDataProtection protection) {
        this.protection = protection;
    }

    public String newSecret() {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String hash(String secret) {
        return protection.blindIndex(DOMAIN, secret);
    }

    boolean matches(String secret, String storedHash) {
        if (secret == null || secret.isEmpty() || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.UTF_8),
                storedHash.getBytes(StandardCharsets.UTF_8));
    }
}
