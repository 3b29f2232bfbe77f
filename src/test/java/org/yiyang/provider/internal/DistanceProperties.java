package org.yiyang.provider.internal;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.yiyang.shared.GeoPoint;

/**
 * The directory's SQL distance is the same great-circle distance as {@link GeoPoint#distanceMetresTo}. Runs the
 * directory's own expression on H2 in PostgreSQL mode, or on the PostgreSQL that SPRING_DATASOURCE_URL names.
 */
class DistanceProperties {

    private static SingleConnectionDataSource dataSource;
    private static JdbcClient jdbc;

    @BeforeContainer
    static void connect() {
        String url = System.getenv().getOrDefault("SPRING_DATASOURCE_URL",
                "jdbc:h2:mem:provider-distance;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        String user = url.startsWith("jdbc:h2") ? "sa" : System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
        String password = url.startsWith("jdbc:h2") ? "" : System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        dataSource = new SingleConnectionDataSource(url, user, password, true);
        jdbc = JdbcClient.create((DataSource) dataSource);
    }

    @AfterContainer
    static void disconnect() {
        dataSource.destroy();
    }

    @Property(tries = 300)
    void theDatabaseDistanceEqualsTheJavaDistanceWithinOneMetre(
            @ForAll @DoubleRange(min = 37, max = 54) double lat1, @ForAll @DoubleRange(min = 97, max = 127) double lng1,
            @ForAll @DoubleRange(min = -0.5, max = 0.5) double dLat, @ForAll @DoubleRange(min = -0.5, max = 0.5) double dLng) {
        GeoPoint from = new GeoPoint(lat1, lng1);
        GeoPoint to = new GeoPoint(lat1 + dLat, lng1 + dLng);
        double sql = jdbc.sql("SELECT " + DirectorySearch.distance(":toLat", ":toLng"))
                .param("lat", from.latitude()).param("lng", from.longitude())
                .param("toLat", to.latitude()).param("toLng", to.longitude())
                .query(Double.class).single();
        assertThat(sql).isCloseTo(from.distanceMetresTo(to), org.assertj.core.data.Offset.offset(1.0));
    }

    @Property(tries = 100)
    void theDistanceFromAPointToItselfIsZero(
            @ForAll @DoubleRange(min = -89, max = 89) double lat, @ForAll @DoubleRange(min = -179, max = 179) double lng) {
        double self = jdbc.sql("SELECT " + DirectorySearch.distance(":toLat", ":toLng"))
                .param("lat", lat).param("lng", lng).param("toLat", lat).param("toLng", lng)
                .query(Double.class).single();
        assertThat(self).isLessThan(0.001);
    }
}
