package org.yiyang.region;

/** A division code that is malformed or names no division of Inner Mongolia. */
public class DivisionNotFound extends RuntimeException {

    private final String code;
    private final boolean malformed;

    private DivisionNotFound(String code, boolean malformed) {
        super(malformed ? "Malformed division code" : "Unknown division code");
        this.code = code;
        this.malformed = malformed;
    }

    public static DivisionNotFound byCode(String code) {
        return new DivisionNotFound(code, false);
    }

    public static DivisionNotFound malformed(String code) {
        return new DivisionNotFound(code, true);
    }

    public String code() {
        return code;
    }

    public boolean isMalformed() {
        return malformed;
    }

    /** Message key explaining the failure to a user. */
    public String messageKey() {
        return malformed ? "region.error.malformed" : "region.error.unknown";
    }
}
