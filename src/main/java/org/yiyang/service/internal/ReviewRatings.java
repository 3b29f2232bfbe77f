package org.yiyang.service.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.provider.ProviderDirectory;
import org.yiyang.provider.ProviderInfo;
import org.yiyang.region.DivisionScope;
import org.yiyang.service.OrderProblem;
import org.yiyang.service.ProviderRating;
import org.yiyang.service.ProviderRatingPage;
import org.yiyang.service.RatingSort;

/**
 * Providers' figures from reviews and complaints, aggregated in SQL per provider. A regulator's table is scoped by
 * where the provider is (provider_division), so a banner sees the providers it supervises, whoever they served.
 */
@Component
class ReviewRatings {

    static final int MAX_SIZE = 100;

    /** One row per review and per complaint, reduced to numbers that add up per provider. */
    private static final String FIGURES = """
            SELECT t.provider_id, MAX(t.provider_name) AS provider_name, MAX(t.provider_division) AS provider_division,
            SUM(t.reviews) AS reviews, SUM(t.stars) AS stars, SUM(t.low) AS low, SUM(t.complaints) AS complaints,
            SUM(t.open_count) AS open_count, SUM(t.escalated_count) AS escalated_count
            FROM (
            SELECT r.provider_id, r.provider_name, r.provider_division, 1 AS reviews, r.stars AS stars,
            CASE WHEN r.stars <= :low THEN 1 ELSE 0 END AS low, 0 AS complaints, 0 AS open_count, 0 AS escalated_count
            FROM service_review r WHERE %s
            UNION ALL
            SELECT c.provider_id, c.provider_name, c.provider_division, 0, 0, 0, 1,
            CASE WHEN c.status = 'OPEN' THEN 1 ELSE 0 END, CASE WHEN c.status = 'ESCALATED' THEN 1 ELSE 0 END
            FROM service_complaint c WHERE %s
            ) t GROUP BY t.provider_id""";

    private static final String AVERAGE = "CAST(SUM(t.stars) AS DOUBLE PRECISION) / NULLIF(SUM(t.reviews), 0)";
    private static final String UNRESOLVED = "SUM(t.open_count) + SUM(t.escalated_count)";

    private final JdbcClient jdbc;
    private final ProviderDirectory providers;
    private final ServiceSettings settings;

    ReviewRatings(JdbcClient jdbc, ProviderDirectory providers, ServiceSettings settings) {
        this.jdbc = jdbc;
        this.providers = providers;
        this.settings = settings;
    }

    ProviderRatingPage page(Viewer viewer, RatingSort sort, int page, int size) {
        if (!viewer.is(Role.REGULATOR) && !viewer.is(Role.ADMIN)) {
            throw new AccessDeniedException("Only regulators see providers' ratings");
        }
        int pageSize = Math.max(1, Math.min(size, MAX_SIZE));
        int pageNumber = Math.max(0, page);
        DivisionScope scope = viewer.scope();
        long total = scope.bind(jdbc.sql("""
                        SELECT COUNT(*) FROM (SELECT r.provider_id FROM service_review r WHERE %s
                        UNION SELECT c.provider_id FROM service_complaint c WHERE %s) u"""
                        .formatted(scope.where("r.provider_division"), scope.where("c.provider_division"))))
                .query(Long.class).single();
        String sql = FIGURES.formatted(scope.where("r.provider_division"), scope.where("c.provider_division"))
                + " ORDER BY " + order(sort) + " LIMIT :limit OFFSET :offset";
        List<ProviderRating> rows = scope.bind(jdbc.sql(sql)).param("low", settings.lowRating())
                .param("limit", pageSize).param("offset", (long) pageNumber * pageSize)
                .query(ReviewRatings::row).list();
        return new ProviderRatingPage(rows, total, pageNumber, pageSize, sort);
    }

    /** The figures of the viewer's own provider; zeros when it has neither reviews nor complaints. */
    ProviderRating own(Viewer viewer) {
        if (!viewer.is(Role.PROVIDER_ADMIN)) {
            throw new AccessDeniedException("Only a provider's administrator sees its own ratings");
        }
        ProviderInfo provider = providers.membershipOf(viewer).flatMap(m -> providers.find(m.providerId()))
                .orElseThrow(() -> OrderProblem.of(null, "review.error.noProvider"));
        return jdbc.sql(FIGURES.formatted("r.provider_id = :provider", "c.provider_id = :provider"))
                .param("provider", provider.id()).param("low", settings.lowRating())
                .query(ReviewRatings::row).optional()
                .orElseGet(() -> new ProviderRating(provider.id(), provider.name(), provider.division().value(), 0,
                        null, 0, 0, 0, 0));
    }

    private static String order(RatingSort sort) {
        return switch (sort) {
            case AVERAGE_ASC -> AVERAGE + " ASC NULLS LAST, t.provider_id";
            case AVERAGE_DESC -> AVERAGE + " DESC NULLS LAST, t.provider_id";
            case COMPLAINTS_DESC -> UNRESOLVED + " DESC, SUM(t.complaints) DESC, t.provider_id";
            case COMPLAINTS_ASC -> UNRESOLVED + " ASC, SUM(t.complaints) ASC, t.provider_id";
        };
    }

    private static ProviderRating row(ResultSet rs, int n) throws SQLException {
        long reviews = rs.getLong("reviews");
        long stars = rs.getLong("stars");
        long low = rs.getLong("low");
        return new ProviderRating(rs.getLong("provider_id"), rs.getString("provider_name"),
                rs.getString("provider_division"), reviews, reviews == 0 ? null : (double) stars / reviews,
                reviews == 0 ? 0 : (double) low / reviews, rs.getLong("complaints"), rs.getLong("open_count"),
                rs.getLong("escalated_count"));
    }
}
