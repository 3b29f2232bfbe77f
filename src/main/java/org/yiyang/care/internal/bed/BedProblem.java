package org.yiyang.care.internal.bed;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.yiyang.care.CareBedStatus;
import org.yiyang.care.internal.CareProblem;

/**
 * A request about a family care bed that is refused; nothing has been changed when it is thrown.
 */
public class BedProblem extends CareProblem {

    private BedProblem(String field, String messageKey, boolean notFound, Object... args) {
        super(field, messageKey, notFound, args);
    }

    public static BedProblem of(String field, String messageKey, Object... args) {
        return new BedProblem(field, messageKey, false, args);
    }

    /** A bed that does not exist or that the viewer may not see: the same answer for both. */
    public static BedProblem notFound() {
        return new BedProblem(null, "carebed.error.notFound", true);
    }

    public static BedProblem wrongState(CareBedStatus status) {
        return new BedProblem(null, "carebed.error.wrongState", false,
                new DefaultMessageSourceResolvable(status.messageKey()));
    }
}
