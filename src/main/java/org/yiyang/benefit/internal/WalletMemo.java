package org.yiyang.benefit.internal;

import org.yiyang.benefit.PointsReason;

/**
 * The memo of a points award: the reason's name, then the note after a bar ({@code VOLUNTEERING|送餐}), so the
 * wallet page can say why the points were earned in the reader's language.
 */
final class WalletMemo {

    private WalletMemo() {
    }

    static String points(PointsReason reason, String note) {
        String text = note == null ? "" : note.strip();
        return text.isEmpty() ? reason.name() : reason.name() + "|" + text;
    }

    /** The reason of a points memo; null for any other memo. */
    static PointsReason reason(String memo) {
        if (memo == null) {
            return null;
        }
        String name = memo.contains("|") ? memo.substring(0, memo.indexOf('|')) : memo;
        for (PointsReason reason : PointsReason.values()) {
            if (reason.name().equals(name)) {
                return reason;
            }
        }
        return null;
    }

    static String note(String memo) {
        return memo == null || !memo.contains("|") ? null : memo.substring(memo.indexOf('|') + 1);
    }
}
