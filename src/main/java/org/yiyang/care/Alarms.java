package org.yiyang.care;

import java.util.List;

/** The alarms other modules raise and read (the hotline raises one from a call and shows an elder's recent ones). */
public interface Alarms {

    /** Raises an alarm, or returns the one already raised for the same source and source id. */
    AlarmSummary raise(AlarmSignal signal, String raisedBy);

    /** The elder's most recent alarms, newest first. */
    List<AlarmSummary> recentFor(long elderId, int limit);
}
