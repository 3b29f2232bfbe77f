package org.yiyang.region;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.shared.DivisionCode;

/**
 * Scopes a SQL query to a division subtree (数据权限). Every list in the platform is filtered this way in
 * the query itself: the condition is a range on the 12-digit code column, so an ordinary B-tree index on
 * {@code division_code} serves it on PostgreSQL and H2 alike, and it shards by code prefix later.
 *
 * <pre>
 * var scope = DivisionScope.of(viewer.division());
 * jdbc.sql("SELECT ... FROM elder_person e WHERE " + scope.where("e.division_code") + " ORDER BY ...")
 *     .param(...); scope.bind(spec);
 * </pre>
 */
public record DivisionScope(DivisionCode root) {

    public static final String FROM_PARAM = "scopeFrom";
    public static final String TO_PARAM = "scopeTo";

    public static DivisionScope of(DivisionCode root) {
        return new DivisionScope(root);
    }

    /** The whole region: what a region-level account sees. */
    public static DivisionScope everything() {
        return new DivisionScope(DivisionCode.INNER_MONGOLIA);
    }

    /** A SQL condition, with the named parameters {@value #FROM_PARAM} and {@value #TO_PARAM}. */
    public String where(String column) {
        return column + " BETWEEN :" + FROM_PARAM + " AND :" + TO_PARAM;
    }

    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return statement.param(FROM_PARAM, root.subtreeFrom()).param(TO_PARAM, root.subtreeTo());
    }

    public boolean contains(DivisionCode code) {
        return root.contains(code);
    }

    /** The narrower of this scope and {@code requested}, or empty when they do not overlap. */
    public java.util.Optional<DivisionScope> narrowTo(DivisionCode requested) {
        if (root.contains(requested)) {
            return java.util.Optional.of(new DivisionScope(requested));
        }
        if (requested.contains(root)) {
            return java.util.Optional.of(this);
        }
        return java.util.Optional.empty();
    }
}
