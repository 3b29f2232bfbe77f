package org.yiyang.care.internal.alarm;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The JSON data of a desk event, its texts in the console's language. No personal data: the elder by id. */
@Component
class DeskEventText {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;

    DeskEventText(MessageSource messages) {
        this.messages = messages;
    }

    String json(DeskEvent event, AlarmView alarm, Locale locale) {
        String kind = messages.getMessage(alarm.kind().messageKey(), null, locale);
        String priority = messages.getMessage(alarm.priority().messageKey(), null, locale);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", alarm.id());
        data.put("kind", alarm.kind().name());
        data.put("priority", alarm.priority().name());
        data.put("status", alarm.status().name());
        data.put("division", alarm.divisionCode());
        data.put("signalledAt", alarm.signalledAt().toString());
        data.put("raisedAt", alarm.raisedAt().toString());
        data.put("escalationLevel", alarm.escalationLevel());
        data.put("link", "/care/alarms/" + alarm.id());
        data.put("text", messages.getMessage("alarm.live." + event.name(),
                new Object[] {kind, priority, alarm.id(), alarm.escalationLevel(),
                        messages.getMessage(alarm.status().messageKey(), null, locale)}, locale));
        return JSON.writeValueAsString(data);
    }
}
