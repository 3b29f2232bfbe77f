package org.yiyang.care.internal.device;

/** The {@code kind} of a device message (docs/care-devices.md). */
enum MessageKind {
    HEARTBEAT,   // still alive; no values
    SOS,         // the button was pressed
    FALL,        // the watch detected a fall
    HEART_RATE,  // values.bpm
    LOCATION,    // values.lat, values.lon
    SMOKE,       // smoke detected (values.cleared = true when it is over)
    GAS,         // gas detected (values.cleared = true when it is over)
    WATER_LEAK,  // water detected (values.cleared = true when it is over)
    DOOR,        // values.open
    MOTION,      // movement seen
    BED;         // values.occupied: someone got into or out of bed

    /** Movement of a person in the home: resets the inactivity clock. */
    boolean showsActivity() {
        return this == MOTION || this == BED || this == DOOR;
    }
}
