package org.yiyang.elder.internal;

import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/** A standard definition file that cannot be read or breaks the rules every definition must keep. */
class InvalidStandardDefinition extends RuntimeException {

    private InvalidStandardDefinition(String message, Throwable cause) {
        super(message, cause);
    }

    static InvalidStandardDefinition unreadable(String source, JacksonException cause) {
        return new InvalidStandardDefinition("Assessment standard definition " + source + " cannot be read"
                + where(cause) + ": " + cause.getOriginalMessage(), cause);
    }

    static InvalidStandardDefinition invalid(String source, List<String> problems) {
        return new InvalidStandardDefinition(
                "Assessment standard definition " + source + " is invalid: " + String.join("; ", problems), null);
    }

    static InvalidStandardDefinition duplicate(String source, AssessmentStandard standard, String otherSource) {
        return new InvalidStandardDefinition("Assessment standard definition " + source + " defines " + standard
                + " again, already defined by " + otherSource, null);
    }

    /** Where in the file the problem is, as a path and a line and column, as far as known. */
    private static String where(JacksonException cause) {
        StringBuilder where = new StringBuilder();
        for (JacksonException.Reference step : cause.getPath()) {
            if (step.getPropertyName() != null) {
                where.append(where.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                where.append('[').append(step.getIndex()).append(']');
            }
        }
        TokenStreamLocation location = cause.getLocation();
        if (location != null && location.getLineNr() > 0) {
            where.append(where.isEmpty() ? "" : " ")
                    .append("(line ").append(location.getLineNr()).append(", column ").append(location.getColumnNr())
                    .append(')');
        }
        return where.isEmpty() ? "" : " at " + where;
    }

    static InvalidStandardDefinition noneFound(String location) {
        return new InvalidStandardDefinition("No assessment standard definitions found at " + location, null);
    }
}
