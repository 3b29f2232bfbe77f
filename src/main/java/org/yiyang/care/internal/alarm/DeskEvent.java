package org.yiyang.care.internal.alarm;

/** What a desk console is told about an alarm (the SSE event name; docs/care-alarms.md). */
enum DeskEvent {
    RAISED("alarm"),             // a new alarm: sound, announce, refresh the queue
    ESCALATED("alarm-escalated"), // nobody acknowledged in time: sound again, announce
    CHANGED("alarm-changed");     // acknowledged, dispatched or closed elsewhere: refresh quietly

    private final String eventName;

    DeskEvent(String eventName) {
        this.eventName = eventName;
    }

    String eventName() {
        return eventName;
    }
}
