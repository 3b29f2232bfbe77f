package org.yiyang.care;

import java.util.Optional;

/** The family care beds other areas read: the devices installed in a bed, the hotline's screen-pop. */
public interface CareBeds {

    Optional<CareBedSummary> find(long bedId);

    /** The elder's bed that is not terminated, if any (an elder has at most one). */
    Optional<CareBedSummary> openBedOf(long elderId);
}
