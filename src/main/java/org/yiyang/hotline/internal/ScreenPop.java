package org.yiyang.hotline.internal;

import java.util.List;

import org.yiyang.elder.ElderSummary;

/**
 * The screen-pop of a call: the call, the elders its number matches, and the file of the caller's elder — the one
 * the operator chose, or the only match. {@code file} is null for an unknown number or while several match.
 */
public record ScreenPop(CallRow call, List<ElderSummary> matches, CallerFile file) {

    public ScreenPop {
        matches = List.copyOf(matches);
    }

    public boolean unknownCaller() {
        return file == null && matches.isEmpty();
    }

    public boolean choiceNeeded() {
        return file == null && matches.size() > 1;
    }
}
