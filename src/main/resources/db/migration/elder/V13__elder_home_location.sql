-- Where an elder's home is on the map (WGS-84), for visit check-in distance and "providers near home".
-- Personal data: the position is stored SM4-encrypted ("lat,lng" sealed), never in clear; the change
-- history records only that it was set or changed. One row per elder, replaced when the position changes.
-- source: MANUAL (typed), DEVICE (the browser's geolocation when set), DEMO (invented demo data).
CREATE TABLE elder_home_location (
    elder_id     BIGINT       NOT NULL PRIMARY KEY REFERENCES elder_person (id),
    location_enc VARCHAR(200) NOT NULL,
    set_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    set_by       VARCHAR(64)  NOT NULL,
    source       VARCHAR(10)  NOT NULL,
    CONSTRAINT elder_home_location_source_chk CHECK (source IN ('MANUAL', 'DEVICE', 'DEMO'))
);
