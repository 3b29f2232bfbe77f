package org.yiyang.region;

import java.util.List;
import java.util.Optional;

import org.yiyang.shared.DivisionCode;

/** Reads the division tree. The module's public API. */
public interface DivisionDirectory {

    Optional<Division> find(DivisionCode code);

    /** The division, or {@link DivisionNotFound} for a malformed or unknown code. */
    Division require(String code);

    List<Division> children(DivisionCode code);

    /** From the region down to the division itself. */
    List<Division> path(DivisionCode code);

    /** Divisions within {@code scope} whose name contains or whose code starts with {@code query}. */
    DivisionPage search(String query, DivisionScope scope, int page, int size);

    long count();

    /** All divisions of the given level (1–5) within {@code root}'s subtree, ordered by code. */
    List<Division> descendants(DivisionCode root, int level);

    /** Names of the given codes in one query (unknown codes are left out). */
    java.util.Map<String, String> names(java.util.Collection<String> codes);

    record DivisionPage(List<Division> items, int page, int size, long total) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }
}
