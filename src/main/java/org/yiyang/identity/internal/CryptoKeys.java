package org.yiyang.identity.internal;

import java.util.HexFormat;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys for personal data, from configuration ({@code YIYANG_DATA_KEY}, {@code YIYANG_INDEX_KEY}, hex).
 * Demo mode alone may fall back to the published demo keys; otherwise start-up fails without keys.
 */
@ConfigurationProperties("yiyang.crypto")
record CryptoKeys(String dataKey, String indexKey, String keyVersion) {

    static final String DEMO_DATA_KEY = "0123456789abcdeffedcba9876543210";
    static final String DEMO_INDEX_KEY = "59696d616e672044454d4f20696e646578206b6579206e6f7420666f722075736521";

    CryptoKeys {
        if (keyVersion == null || keyVersion.isBlank()) keyVersion = "k1";
    }

    CryptoKeys resolve(boolean demo) {
        boolean missing = isBlank(dataKey) || isBlank(indexKey);
        if (missing && !demo) {
            throw new IllegalStateException("Personal-data keys are not configured: set YIYANG_DATA_KEY (32 hex digits, "
                    + "SM4 128-bit) and YIYANG_INDEX_KEY (at least 64 hex digits). Only demo mode has built-in keys.");
        }
        CryptoKeys keys = missing ? new CryptoKeys(DEMO_DATA_KEY, DEMO_INDEX_KEY, "demo") : this;
        if (keys.dataKeyBytes().length != 16) {
            throw new IllegalStateException("YIYANG_DATA_KEY must be 32 hex digits (an SM4 key is 128 bits)");
        }
        if (keys.indexKeyBytes().length < 32) {
            throw new IllegalStateException("YIYANG_INDEX_KEY must be at least 64 hex digits (256 bits)");
        }
        return keys;
    }

    byte[] dataKeyBytes() {
        return HexFormat.of().parseHex(dataKey.strip());
    }

    byte[] indexKeyBytes() {
        return HexFormat.of().parseHex(indexKey.strip());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        return "CryptoKeys[version=" + keyVersion + "]";
    }
}
