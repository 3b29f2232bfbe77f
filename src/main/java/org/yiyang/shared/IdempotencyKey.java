package org.yiyang.shared;

import java.util.regex.Pattern;

/**
 * The key a form or an API client sends with a request that must take effect once however often it is sent (an
 * order, a points award, a call for help): 8 to 80 letters, digits and {@code . _ : -}, so that it is safe to store,
 * compare and show.
 */
public final class IdempotencyKey {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._:-]{8,80}");

    private IdempotencyKey() {
    }

    public static boolean isWellFormed(String key) {
        return key != null && FORM.matcher(key).matches();
    }
}
