package org.yiyang.identity;

/**
 * Personal data (ID number, phone, address) at rest: SM4 encryption (GB/T 32907, GCM mode) and HMAC-SM3
 * blind indexes for exact look-up without decrypting. Modules store {@link #encrypt} output and the
 * index, never the plain value; every display of a full ID number is also written to the {@link AuditTrail}.
 */
public interface PersonalDataProtection {

    /** Encrypts with a fresh random nonce; the result names the key version, e.g. {@code k1:…}. */
    String encrypt(String plain);

    /** Decrypts what {@link #encrypt} produced; throws if it was altered. */
    String decrypt(String sealed);

    /**
     * A deterministic keyed hash of a normalised value for equality look-ups. {@code kind} separates the
     * domains (an ID number and a phone with the same digits index differently).
     */
    String blindIndex(String kind, String normalisedValue);
}
