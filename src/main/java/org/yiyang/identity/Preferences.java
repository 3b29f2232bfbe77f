package org.yiyang.identity;

import org.yiyang.shared.Language;

/** The language and elder mode (长辈模式) of the current request: the account's, else the browser's cookies. */
public interface Preferences {

    Preference current();

    record Preference(Language language, boolean elderMode) {
    }
}
