package org.yiyang.elder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.IntegrationTest;
import org.yiyang.shared.GeoPoint;

@IntegrationTest
class DemoHomeLocationsTests {

    @Autowired DemoHomeLocations demo;
    @Autowired HomeLocationStore store;
    @Autowired JdbcClient jdbc;

    @Test
    void everyDemoElderLivesWithinFourKilometresOfTheDemoCentre() {
        List<Long> elders = jdbc.sql("SELECT id FROM elder_person WHERE created_by = 'demo'").query(Long.class).list();
        assertThat(elders).isNotEmpty();
        for (long id : elders) {
            assertThat(store.position(id)).get()
                    .satisfies(home -> assertThat(home.distanceMetresTo(DemoHomeLocations.CENTRE)).isLessThan(4_000));
            assertThat(store.onFile(id).orElseThrow().source().name()).isEqualTo("DEMO");
        }
    }

    @Test
    void theElderOfTheDemoElderAccountLivesNextToTheDemoProviderCentre() {
        long elderId = jdbc.sql("SELECT elder_id FROM elder_account WHERE username = 'elder' AND elder_key IS NOT NULL")
                .query(Long.class).single();
        GeoPoint home = store.position(elderId).orElseThrow();
        assertThat(home.distanceMetresTo(new GeoPoint(46.0712, 122.0533))).isLessThan(1);
        assertThat(home.distanceMetresTo(new GeoPoint(46.0700, 122.0500))).isLessThan(500);
    }

    @Test
    void runningAgainAddsAndChangesNothing() {
        long before = jdbc.sql("SELECT COUNT(*) FROM elder_home_location").query(Long.class).single();
        var sealedBefore = jdbc.sql("SELECT location_enc FROM elder_home_location ORDER BY elder_id").query(String.class).list();

        demo.run(new DefaultApplicationArguments());

        assertThat(jdbc.sql("SELECT COUNT(*) FROM elder_home_location").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT location_enc FROM elder_home_location ORDER BY elder_id").query(String.class).list())
                .isEqualTo(sealedBefore);
    }

    @Test
    void scatteredPointsStayWithinTheRadius() {
        Random random = new Random(1);
        for (int i = 0; i < 1_000; i++) {
            assertThat(DemoHomeLocations.near(DemoHomeLocations.CENTRE, random).distanceMetresTo(DemoHomeLocations.CENTRE))
                    .isLessThanOrEqualTo(3_501);
        }
    }
}
