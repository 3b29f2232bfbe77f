package org.yiyang.service.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.yiyang.service.GeoFix;
import org.yiyang.service.OrderProblem;
import org.yiyang.service.VisitExceptionKind;
import org.yiyang.service.VisitTask;
import org.yiyang.shared.GeoPoint;
import org.yiyang.shared.ServiceItem;

/** The checks of visit verification, without storage: distances, times, durations, tasks and signatures. */
final class VisitRules {

    static final String CHECK_IN = "CHECK_IN";
    static final String CHECK_OUT = "CHECK_OUT";
    static final int MAX_TEXT = 1000;
    static final int MAX_SIGNATURE_BYTES = 200 * 1024;
    private static final String PNG_DATA_URL = "data:image/png;base64,";
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private VisitRules() {
    }

    /** An exception to raise: kind, phase, what was measured and what was allowed (metres or minutes). */
    record Raised(VisitExceptionKind kind, String phase, Integer measured, Integer allowed) {
    }

    /** Whole metres from the fix to the home; null when either is unknown. */
    static Integer distance(GeoFix fix, GeoPoint home) {
        return fix == null || home == null ? null : (int) Math.round(fix.point().distanceMetresTo(home));
    }

    /** What a position at check-in or check-out calls for; the missing home is reported once, at check-in. */
    static List<Raised> position(String phase, GeoFix fix, GeoPoint home, int toleranceMetres) {
        List<Raised> raised = new ArrayList<>();
        if (fix == null) {
            raised.add(new Raised(VisitExceptionKind.NO_POSITION, phase, null, toleranceMetres));
        } else if (home == null) {
            if (CHECK_IN.equals(phase)) {
                raised.add(new Raised(VisitExceptionKind.NO_HOME_POSITION, phase, null, toleranceMetres));
            }
        } else {
            int metres = distance(fix, home);
            if (metres > toleranceMetres) {
                raised.add(new Raised(CHECK_IN.equals(phase) ? VisitExceptionKind.CHECK_IN_TOO_FAR
                        : VisitExceptionKind.CHECK_OUT_TOO_FAR, phase, metres, toleranceMetres));
            }
        }
        return raised;
    }

    /** Early or late beyond the tolerance around the booked start, in whole minutes. */
    static List<Raised> time(Instant checkIn, Instant bookedStart, Duration tolerance) {
        Duration off = Duration.between(bookedStart, checkIn);
        int allowed = (int) tolerance.toMinutes();
        if (off.compareTo(tolerance.negated()) < 0) {
            return List.of(new Raised(VisitExceptionKind.CHECK_IN_EARLY, CHECK_IN, (int) off.negated().toMinutes(), allowed));
        }
        if (off.compareTo(tolerance) > 0) {
            return List.of(new Raised(VisitExceptionKind.CHECK_IN_LATE, CHECK_IN, (int) off.toMinutes(), allowed));
        }
        return List.of();
    }

    /** A visit shorter than half the booked time (measured and allowed in minutes). */
    static List<Raised> duration(Instant checkIn, Instant checkOut, Instant bookedStart, Instant bookedEnd) {
        Duration served = Duration.between(checkIn, checkOut);
        Duration booked = Duration.between(bookedStart, bookedEnd);
        if (served.multipliedBy(2).compareTo(booked) < 0) {
            return List.of(new Raised(VisitExceptionKind.SHORT_VISIT, CHECK_OUT, (int) served.toMinutes(),
                    (int) booked.toMinutes()));
        }
        return List.of();
    }

    /** The ticked tasks, each one offered for the item; at least one ticked or described. */
    static List<VisitTask> tasks(ServiceItem item, List<String> codes, String otherTasks) {
        Set<VisitTask> ticked = new LinkedHashSet<>();
        List<VisitTask> offered = VisitTask.of(item);
        for (String code : codes) {
            VisitTask task = offered.stream().filter(t -> t.name().equals(code)).findFirst()
                    .orElseThrow(() -> OrderProblem.of("tasks", "visit.error.task"));
            ticked.add(task);
        }
        if (ticked.isEmpty() && blank(otherTasks)) {
            throw OrderProblem.of("tasks", "visit.error.tasksRequired");
        }
        return List.copyOf(ticked);
    }

    /** The text stripped, null when blank; refused when longer than {@link #MAX_TEXT}. */
    static String text(String field, String value) {
        if (blank(value)) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw OrderProblem.of(field, "visit.error.tooLong", MAX_TEXT);
        }
        return value.strip();
    }

    /** A PNG drawn on the screen, as a data URL of at most {@link #MAX_SIGNATURE_BYTES} bytes. */
    static String signature(String dataUrl) {
        if (!dataUrl.startsWith(PNG_DATA_URL) || dataUrl.length() > PNG_DATA_URL.length() + MAX_SIGNATURE_BYTES / 3 * 4 + 4) {
            throw OrderProblem.of("signature", "visit.error.signature");
        }
        byte[] png;
        try {
            png = Base64.getDecoder().decode(dataUrl.substring(PNG_DATA_URL.length()));
        } catch (IllegalArgumentException notBase64) {
            throw OrderProblem.of("signature", "visit.error.signature");
        }
        if (png.length <= PNG_MAGIC.length || png.length > MAX_SIGNATURE_BYTES
                || !java.util.Arrays.equals(png, 0, PNG_MAGIC.length, PNG_MAGIC, 0, PNG_MAGIC.length)) {
            throw OrderProblem.of("signature", "visit.error.signature");
        }
        return dataUrl;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
