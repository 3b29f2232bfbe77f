package org.yiyang.elder.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiyang.elder.HomeLocationOnFile;
import org.yiyang.elder.HomeLocationSource;
import org.yiyang.identity.PersonalDataProtection;
import org.yiyang.shared.GeoPoint;

/** The {@code elder_home_location} rows: the position sealed on the way in, opened only for those who need it. */
@Component
class HomeLocationStore {

    private final JdbcClient jdbc;
    private final PersonalDataProtection protection;

    HomeLocationStore(JdbcClient jdbc, PersonalDataProtection protection) {
        this.jdbc = jdbc;
        this.protection = protection;
    }

    Optional<HomeLocationOnFile> onFile(long elderId) {
        return jdbc.sql("SELECT set_at, source FROM elder_home_location WHERE elder_id = :id").param("id", elderId)
                .query((rs, n) -> new HomeLocationOnFile(rs.getObject(1, OffsetDateTime.class).toInstant(),
                        HomeLocationSource.valueOf(rs.getString(2))))
                .optional();
    }

    Optional<GeoPoint> position(long elderId) {
        return jdbc.sql("SELECT location_enc FROM elder_home_location WHERE elder_id = :id").param("id", elderId)
                .query(String.class).optional().map(this::open);
    }

    /** Replaces the row or adds it; the caller holds the transaction. */
    void save(long elderId, GeoPoint home, HomeLocationSource source, String by, Instant now) {
        int updated = jdbc.sql("""
                        UPDATE elder_home_location SET location_enc = :enc, set_at = :now, set_by = :by, source = :source
                        WHERE elder_id = :id""")
                .param("enc", seal(home)).param("now", now.atOffset(ZoneOffset.UTC)).param("by", by)
                .param("source", source.name()).param("id", elderId).update();
        if (updated == 0) {
            insertIfAbsent(elderId, home, source, by, now);
        }
    }

    /** Adds a position only where none is on file; true when it did (idempotent demo data). */
    boolean insertIfAbsent(long elderId, GeoPoint home, HomeLocationSource source, String by, Instant now) {
        return jdbc.sql("""
                        INSERT INTO elder_home_location (elder_id, location_enc, set_at, set_by, source)
                        SELECT :id, :enc, :now, :by, :source FROM elder_person p
                        WHERE p.id = :id AND NOT EXISTS (SELECT 1 FROM elder_home_location h WHERE h.elder_id = :id)""")
                .param("enc", seal(home)).param("now", now.atOffset(ZoneOffset.UTC)).param("by", by)
                .param("source", source.name()).param("id", elderId).update() > 0;
    }

    String seal(GeoPoint home) {
        return protection.encrypt(home.format());
    }

    GeoPoint open(String sealed) {
        return GeoPoint.parse(protection.decrypt(sealed));
    }
}
