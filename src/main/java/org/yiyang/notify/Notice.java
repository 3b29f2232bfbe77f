package org.yiyang.notify;

import java.util.List;

/**
 * One notice for an inbox. The text is a message key and its arguments, rendered in each reader's own
 * language when shown; {@code link} is the page it is about; {@code topic} lets open pages refresh the part
 * the notice concerns (for example {@code order:42}). Arguments carry no personal data beyond a name.
 */
public record Notice(String topic, String messageKey, List<String> args, String link) {

    public Notice {
        args = List.copyOf(args);
    }
}
