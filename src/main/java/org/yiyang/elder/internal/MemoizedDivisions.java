package org.yiyang.elder.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.yiyang.region.Division;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.region.DivisionNotFound;
import org.yiyang.region.DivisionScope;
import org.yiyang.shared.DivisionCode;

/**
 * The division directory for the length of one import: each code is looked up once, so validating a hundred
 * thousand rows of the same few villages costs a few queries, not two per row. Divisions do not change during
 * an import. Thread-safe. Everything but {@link #find} and {@link #require} is passed through.
 */
final class MemoizedDivisions implements DivisionDirectory {

    private final DivisionDirectory divisions;
    private final Map<String, Optional<Division>> known = new ConcurrentHashMap<>();

    MemoizedDivisions(DivisionDirectory divisions) {
        this.divisions = divisions;
    }

    @Override
    public Optional<Division> find(DivisionCode code) {
        return known.computeIfAbsent(code.value(), c -> divisions.find(code));
    }

    @Override
    public Division require(String code) {
        DivisionCode parsed = DivisionCode.parse(code).orElseThrow(() -> DivisionNotFound.malformed(code));
        return find(parsed).orElseThrow(() -> DivisionNotFound.byCode(code));
    }

    @Override
    public List<Division> children(DivisionCode code) {
        return divisions.children(code);
    }

    @Override
    public List<Division> path(DivisionCode code) {
        return divisions.path(code);
    }

    @Override
    public DivisionPage search(String query, DivisionScope scope, int page, int size) {
        return divisions.search(query, scope, page, size);
    }

    @Override
    public long count() {
        return divisions.count();
    }

    @Override
    public List<Division> descendants(DivisionCode root, int level) {
        return divisions.descendants(root, level);
    }

    @Override
    public Map<String, String> names(Collection<String> codes) {
        return divisions.names(codes);
    }
}
