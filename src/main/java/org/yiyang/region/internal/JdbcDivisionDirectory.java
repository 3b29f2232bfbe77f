package org.yiyang.region.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.region.Division;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.region.DivisionNotFound;
import org.yiyang.region.DivisionScope;
import org.yiyang.shared.DivisionCode;

@Service
@Transactional(readOnly = true)
class JdbcDivisionDirectory implements DivisionDirectory {

    private static final String COLUMNS = "code, name, division_level AS level, parent_code";

    private final JdbcClient jdbc;

    JdbcDivisionDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Division> find(DivisionCode code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM region_division WHERE code = :code")
                .param("code", code.value())
                .query(Division.class)
                .optional();
    }

    @Override
    public Division require(String code) {
        DivisionCode parsed = DivisionCode.parse(code).orElseThrow(() -> DivisionNotFound.malformed(code));
        return find(parsed).orElseThrow(() -> DivisionNotFound.byCode(code));
    }

    @Override
    public List<Division> children(DivisionCode code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM region_division WHERE parent_code = :code ORDER BY code")
                .param("code", code.value())
                .query(Division.class)
                .list();
    }

    @Override
    public List<Division> path(DivisionCode code) {
        List<Division> path = new ArrayList<>();
        Optional<Division> current = find(code);
        while (current.isPresent()) {
            path.add(current.get());
            String parent = current.get().parentCode();
            current = parent == null ? Optional.empty() : find(DivisionCode.of(parent));
        }
        Collections.reverse(path);
        return path;
    }

    @Override
    public DivisionPage search(String query, DivisionScope scope, int page, int size) {
        String term = query == null ? "" : query.strip();
        String where = scope.where("code") + " AND (name LIKE :name OR code LIKE :code)";
        var count = scope.bind(jdbc.sql("SELECT COUNT(*) FROM region_division WHERE " + where))
                .param("name", "%" + escapeLike(term) + "%")
                .param("code", escapeLike(term) + "%");
        long total = count.query(Long.class).single();
        var select = scope.bind(jdbc.sql("SELECT " + COLUMNS + " FROM region_division WHERE " + where
                        + " ORDER BY division_level, code LIMIT :limit OFFSET :offset"))
                .param("name", "%" + escapeLike(term) + "%")
                .param("code", escapeLike(term) + "%")
                .param("limit", size)
                .param("offset", (long) page * size);
        return new DivisionPage(select.query(Division.class).list(), page, size, total);
    }

    @Override
    public List<Division> descendants(DivisionCode root, int level) {
        DivisionScope scope = DivisionScope.of(root);
        return scope.bind(jdbc.sql("SELECT " + COLUMNS + " FROM region_division WHERE " + scope.where("code")
                        + " AND division_level = :level ORDER BY code"))
                .param("level", level)
                .query(Division.class)
                .list();
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM region_division").query(Long.class).single();
    }

    @Override
    public Map<String, String> names(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        jdbc.sql("SELECT code, name FROM region_division WHERE code IN (:codes)")
                .param("codes", Set.copyOf(codes))
                .query(rs -> {
                    names.put(rs.getString("code"), rs.getString("name"));
                });
        return names;
    }

    private static String escapeLike(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
