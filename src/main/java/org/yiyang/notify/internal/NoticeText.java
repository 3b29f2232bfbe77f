package org.yiyang.notify.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a notice's message key and arguments in a reader's language. A key no bundle knows (a module
 * removed a message) shows as the key itself rather than failing the whole inbox page.
 */
@Component
public class NoticeText {

    private final MessageSource messages;

    NoticeText(MessageSource messages) {
        this.messages = messages;
    }

    public String render(String messageKey, List<String> args, Locale locale) {
        return messages.getMessage(messageKey, args.toArray(), messageKey, locale);
    }

    public String render(InboxEntry entry, Locale locale) {
        return render(entry.messageKey(), entry.args(), locale);
    }
}
