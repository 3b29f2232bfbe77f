package org.yiyang.care.internal.device;

/** What ingestion needs to know of an active device; the geofence centre stays sealed until a location needs it. */
record DeviceState(long id, String code, DeviceKind kind, long elderId, String divisionCode, String fenceCentreSealed,
                   Integer fenceRadiusMetres) {

    boolean hasFence() {
        return fenceCentreSealed != null && fenceRadiusMetres != null;
    }
}
