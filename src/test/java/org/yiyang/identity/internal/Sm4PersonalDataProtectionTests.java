package org.yiyang.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class Sm4PersonalDataProtectionTests {

    static final CryptoKeys KEYS = new CryptoKeys("00112233445566778899aabbccddeeff",
            "a".repeat(64), "k1").resolve(false);
    final Sm4PersonalDataProtection protection = new Sm4PersonalDataProtection(KEYS);

    @Test
    void decryptsWhatItEncryptedWithoutKeepingThePlainText() {
        String sealed = protection.encrypt("152201194912310021");
        assertThat(sealed).startsWith("k1:").doesNotContain("152201194912310021");
        assertThat(protection.decrypt(sealed)).isEqualTo("152201194912310021");
    }

    @Test
    void usesAFreshNonceSoEqualValuesDoNotLookAlike() {
        assertThat(protection.encrypt("13800138000")).isNotEqualTo(protection.encrypt("13800138000"));
    }

    @Test
    void refusesAnAlteredCiphertext() {
        String sealed = protection.encrypt("呼和浩特市新城区某街道1号");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 1] ^= 1;
        String altered = "k1:" + Base64.getEncoder().withoutPadding().encodeToString(bytes);
        assertThatThrownBy(() -> protection.decrypt(altered)).hasMessageContaining("altered");
    }

    @Test
    void refusesACiphertextOfAnotherKey() {
        var other = new Sm4PersonalDataProtection(new CryptoKeys("ffeeddccbbaa99887766554433221100",
                "b".repeat(64), "k1").resolve(false));
        assertThatThrownBy(() -> other.decrypt(protection.encrypt("x"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void indexesDeterministicallyAndSeparatesKinds() {
        assertThat(protection.blindIndex("phone", "13800138000"))
                .isEqualTo(protection.blindIndex("phone", "13800138000"))
                .isNotEqualTo(protection.blindIndex("idNumber", "13800138000"))
                .hasSize(64);
    }

    @Test
    void refusesToStartWithoutKeysOutsideDemoMode() {
        assertThatThrownBy(() -> new CryptoKeys("", "", null).resolve(false)).hasMessageContaining("YIYANG_DATA_KEY");
        assertThat(new CryptoKeys("", "", null).resolve(true).keyVersion()).isEqualTo("demo");
        assertThatThrownBy(() -> new CryptoKeys("0011", "a".repeat(64), null).resolve(false))
                .hasMessageContaining("32 hex digits");
    }

    @Test
    void neverShowsTheKeysInItsDescription() {
        assertThat(KEYS.toString()).doesNotContain("00112233").doesNotContain("aaaa");
    }

    @Property(tries = 200)
    void roundTripsAnyText(@ForAll String text) {
        assertThat(protection.decrypt(protection.encrypt(text))).isEqualTo(text);
    }
}
