package org.yiyang.benefit.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The order a run evaluates programmes in: a programme whose rule tests membership of another comes after it,
 * so that one run already sees the enrolments it depends on and a second run on the same day changes nothing;
 * otherwise, and to break a cycle (two programmes that exclude each other), in order of id.
 */
final class EvaluationOrder {

    private EvaluationOrder() {
    }

    static List<ProgrammeRule> of(List<ProgrammeRule> programmes) {
        TreeMap<Long, ProgrammeRule> waiting = new TreeMap<>();
        programmes.forEach(p -> waiting.put(p.programme().id(), p));
        List<ProgrammeRule> ordered = new ArrayList<>();
        Set<Long> done = new HashSet<>();
        while (!waiting.isEmpty()) {
            ProgrammeRule next = waiting.values().stream()
                    .filter(p -> p.referencedProgrammes().stream()
                            .allMatch(ref -> done.contains(ref) || !waiting.containsKey(ref) || ref == p.programme().id()))
                    .findFirst()
                    .orElse(waiting.firstEntry().getValue());
            ordered.add(next);
            done.add(next.programme().id());
            waiting.remove(next.programme().id());
        }
        return ordered;
    }
}
