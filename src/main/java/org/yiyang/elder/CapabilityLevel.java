package org.yiyang.elder;

/**
 * An elder's capability level (能力等级) as a capability assessment sets it, from best to worst.
 * The order of the constants is the order of severity: a later constant is a worse level.
 */
public enum CapabilityLevel {
    INTACT,     // 能力完好
    MILD,       // 能力轻度受损（轻度失能）
    MODERATE,   // 能力中度受损（中度失能）
    SEVERE,     // 能力重度受损（重度失能）
    TOTAL;      // 能力完全丧失（完全失能）

    /** The next worse level; {@link #TOTAL} stays {@link #TOTAL}. */
    public CapabilityLevel worse() {
        return this == TOTAL ? TOTAL : values()[ordinal() + 1];
    }

    /** Whether this level is worse (more dependent) than {@code other}. */
    public boolean isWorseThan(CapabilityLevel other) {
        return compareTo(other) > 0;
    }

    /** Message key of the level's name. */
    public String messageKey() {
        return "elder.level." + name();
    }
}
