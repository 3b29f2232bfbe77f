package org.yiyang.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.yiyang.identity.PersonalDataProtection;

/** SM4-GCM with a 96-bit random nonce and 128-bit tag; HMAC-SM3 blind indexes. Thread-safe. */
class Sm4PersonalDataProtection implements PersonalDataProtection {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyParameter dataKey;
    private final byte[] indexKey;
    private final String version;

    Sm4PersonalDataProtection(CryptoKeys keys) {
        this.dataKey = new KeyParameter(keys.dataKeyBytes());
        this.indexKey = keys.indexKeyBytes();
        this.version = keys.keyVersion();
    }

    @Override
    public String encrypt(String plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = run(true, nonce, plain.getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[NONCE_BYTES + sealed.length];
        System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
        System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
        return version + ":" + Base64.getEncoder().withoutPadding().encodeToString(out);
    }

    @Override
    public String decrypt(String sealed) {
        int colon = sealed.indexOf(':');
        if (colon < 0 || !sealed.substring(0, colon).equals(version)) {
            throw new IllegalArgumentException("Encrypted with an unknown key version");
        }
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(colon + 1));
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("Encrypted value is truncated");
        }
        byte[] nonce = Arrays.copyOf(bytes, NONCE_BYTES);
        byte[] body = Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
        return new String(run(false, nonce, body), StandardCharsets.UTF_8);
    }

    @Override
    public String blindIndex(String kind, String normalisedValue) {
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(indexKey));
        byte[] input = (kind + '\u001f' + normalisedValue).getBytes(StandardCharsets.UTF_8);
        mac.update(input, 0, input.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    private byte[] run(boolean encrypt, byte[] nonce, byte[] input) {
        GCMModeCipher cipher = GCMBlockCipher.newInstance(new SM4Engine());
        cipher.init(encrypt, new AEADParameters(dataKey, TAG_BITS, nonce));
        byte[] out = new byte[cipher.getOutputSize(input.length)];
        int n = cipher.processBytes(input, 0, input.length, out, 0);
        try {
            n += cipher.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalArgumentException("Encrypted value was altered or the key is wrong");
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
