package org.yiyang.shell;

import java.util.List;
import java.util.Map;

/**
 * Replaces the page's speech synthesis with a recorder (a headless browser has no voices) and collects
 * uncaught script errors, so a test can see what read-aloud would have said.
 */
final class SpeechRecorder {

    static final String INSTALL = """
            window.__yiyangSpoken = [];
            window.__yiyangErrors = [];
            window.addEventListener('error', e => window.__yiyangErrors.push(String(e.message)));
            window.addEventListener('unhandledrejection', e => window.__yiyangErrors.push(String(e.reason)));
            window.speechSynthesis.speak = u => window.__yiyangSpoken.push({text: u.text, lang: u.lang});
            window.speechSynthesis.cancel = () => {};
            """;

    private SpeechRecorder() {
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> spoken(ShellPage page) {
        return (List<Map<String, Object>>) page.script("return window.__yiyangSpoken;");
    }

    @SuppressWarnings("unchecked")
    static List<String> errors(ShellPage page) {
        return (List<String>) page.script("return window.__yiyangErrors;");
    }
}
