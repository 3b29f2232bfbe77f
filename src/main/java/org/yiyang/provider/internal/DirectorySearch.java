package org.yiyang.provider.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.provider.ProviderListing;
import org.yiyang.provider.ProviderPage;
import org.yiyang.provider.ProviderProblem;
import org.yiyang.provider.ProviderSearch;
import org.yiyang.region.DivisionScope;
import org.yiyang.shared.GeoPoint;

/**
 * The public directory (服务机构查询): active providers by text, kind, service item and division, and by distance
 * from a point within a radius ("15-minute service circle"). Filtering, the distance and the paging all happen in
 * SQL: a latitude/longitude bounding box narrows the rows on the index, then the haversine distance (the same
 * formula as {@link GeoPoint#distanceMetresTo}) decides and sorts.
 */
@Component
@Transactional(readOnly = true)
public class DirectorySearch {

    /** Great-circle metres from (:lat, :lng) to the row's position; standard functions of H2 and PostgreSQL. */
    static final String DISTANCE = distance("p.latitude", "p.longitude");

    /** The haversine distance in metres from (:lat, :lng) to the given latitude and longitude expressions. */
    static String distance(String latitude, String longitude) {
        return ("2 * 6371008.8 * ASIN(LEAST(1.0, SQRT(POWER(SIN(RADIANS(%1$s - :lat) / 2), 2)"
                + " + COS(RADIANS(:lat)) * COS(RADIANS(%1$s)) * POWER(SIN(RADIANS(%2$s - :lng) / 2), 2))))")
                .formatted(latitude, longitude);
    }

    private final JdbcClient jdbc;
    private final ProviderRows rows;
    private final int defaultRadius;

    DirectorySearch(JdbcClient jdbc, ProviderRows rows,
                    @Value("${yiyang.provider.service-circle-radius:1500}") int defaultRadius) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.defaultRadius = defaultRadius;
    }

    /** The service circle when a search names no radius, in metres. */
    public int defaultRadius() {
        return defaultRadius;
    }

    public ProviderPage search(ProviderSearch search) {
        Integer radius = search.near() == null ? null
                : search.radiusMetres() == null ? defaultRadius : search.radiusMetres();
        if (radius != null && (radius < 1 || radius > ProviderSearch.MAX_RADIUS_METRES)) {
            throw new ProviderProblem("radius", "provider.error.radius");
        }
        DivisionScope scope = search.division() == null ? DivisionScope.everything() : DivisionScope.of(search.division());
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder("p.status = 'ACTIVE' AND ").append(scope.where("p.division_code"));
        params.put(DivisionScope.FROM_PARAM, scope.root().subtreeFrom());
        params.put(DivisionScope.TO_PARAM, scope.root().subtreeTo());
        if (search.kind() != null) {
            where.append(" AND p.kind = :kind");
            params.put("kind", search.kind().name());
        }
        if (search.item() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM provider_service ps WHERE ps.provider_id = p.id"
                    + " AND ps.service_item = :item)");
            params.put("item", search.item().name());
        }
        if (search.text() != null) {
            where.append(" AND (LOWER(p.name) LIKE :text OR LOWER(p.address) LIKE :text)");
            params.put("text", "%" + escapeLike(search.text().toLowerCase()) + "%");
        }
        String distance = "CAST(NULL AS DOUBLE PRECISION)";
        String within = "";
        if (search.near() != null) {
            GeoPoint near = search.near();
            double dLat = GeoPoint.latitudeDegrees(radius);
            double dLng = near.longitudeDegrees(radius);
            where.append(" AND p.latitude BETWEEN :latMin AND :latMax AND p.longitude BETWEEN :lngMin AND :lngMax");
            params.put("latMin", near.latitude() - dLat);
            params.put("latMax", near.latitude() + dLat);
            params.put("lngMin", near.longitude() - dLng);
            params.put("lngMax", near.longitude() + dLng);
            params.put("lat", near.latitude());
            params.put("lng", near.longitude());
            params.put("radius", radius.doubleValue());
            distance = DISTANCE;
            within = " WHERE d.distance <= :radius";
        }
        String candidates = "SELECT %s, %s AS distance FROM provider_org p WHERE %s"
                .formatted(ProviderRows.COLUMNS, distance, where);
        long total = jdbc.sql("SELECT COUNT(*) FROM (" + candidates + ") d" + within).params(params)
                .query(Long.class).single();
        String order = search.near() != null ? "d.distance, d.name, d.id" : "d.name, d.id";
        List<Double> distances = new ArrayList<>();
        List<ProviderDetails> found = jdbc.sql("SELECT * FROM (" + candidates + ") d" + within + " ORDER BY " + order
                        + " LIMIT :limit OFFSET :offset")
                .params(params).param("limit", search.size()).param("offset", (long) search.page() * search.size())
                .query((rs, n) -> {
                    double metres = rs.getDouble("distance");
                    distances.add(rs.wasNull() ? null : metres);
                    return ProviderRows.details(rs);
                })
                .list();
        List<ProviderDetails> complete = rows.complete(found);
        List<ProviderListing> listings = new ArrayList<>(complete.size());
        for (int i = 0; i < complete.size(); i++) {
            listings.add(new ProviderListing(complete.get(i).info(), distances.get(i)));
        }
        return new ProviderPage(listings, search.page(), search.size(), total, radius);
    }

    /** A provider's public profile: only an active provider is public. */
    public Optional<ProviderDetails> activeProvider(long providerId) {
        return rows.details(providerId).filter(d -> d.info().active());
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
