package org.yiyang.elder.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.elder.HomeLocationSource;
import org.yiyang.shared.GeoPoint;

/**
 * Demo mode: home positions for the demo elders, scattered within about 3.5 km of the demo centre so that the
 * demo providers are "near home"; the elder of the demo {@code elder} account (宝音) lives a few hundred metres
 * from the demo provider centre. Adds only positions that are missing, so a restart changes nothing.
 */
@Component
@Order(45)
@ConditionalOnProperty(name = "yiyang.demo.enabled", havingValue = "true")
class DemoHomeLocations implements ApplicationRunner {

    static final GeoPoint CENTRE = new GeoPoint(46.07, 122.05);
    static final GeoPoint DEMO_ELDER_HOME = new GeoPoint(46.0712, 122.0533);
    private static final double MAX_METRES = 3_500;
    private static final Logger log = LoggerFactory.getLogger(DemoHomeLocations.class);

    private final JdbcClient jdbc;
    private final HomeLocationStore store;
    private final Clock clock;

    DemoHomeLocations(JdbcClient jdbc, HomeLocationStore store, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<Long> elders = jdbc.sql("SELECT id FROM elder_person WHERE created_by = 'demo' ORDER BY id")
                .query(Long.class).list();
        if (elders.isEmpty()) {
            return;
        }
        long demoElder = jdbc.sql("""
                        SELECT COALESCE(MAX(a.elder_id), :first) FROM elder_account a
                        WHERE a.username = 'elder' AND a.elder_key IS NOT NULL""")
                .param("first", elders.get(0)).query(Long.class).single();
        Random random = new Random(4607);
        Instant now = clock.instant();
        int added = 0;
        for (long elderId : elders) {
            GeoPoint home = elderId == demoElder ? DEMO_ELDER_HOME : near(CENTRE, random);
            if (store.insertIfAbsent(elderId, home, HomeLocationSource.DEMO, "demo", now)) {
                added++;
            }
        }
        if (added > 0) {
            log.info("DEMO MODE: home positions for {} fictitious elders", added);
        }
    }

    /** A point at a random bearing, uniformly spread over a disc of {@link #MAX_METRES} around {@code centre}. */
    static GeoPoint near(GeoPoint centre, Random random) {
        double metres = MAX_METRES * Math.sqrt(random.nextDouble());
        double bearing = 2 * Math.PI * random.nextDouble();
        return new GeoPoint(centre.latitude() + GeoPoint.latitudeDegrees(metres * Math.cos(bearing)),
                centre.longitude() + centre.longitudeDegrees(metres * Math.sin(bearing)));
    }
}
