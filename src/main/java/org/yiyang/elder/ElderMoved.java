package org.yiyang.elder;

/**
 * An elder's residence (居住地) or household registration (户籍地) changed within the registry: programmes of the
 * division left behind end, those of the new one may begin. A move out of the registry is
 * {@link ElderStatusChanged} instead.
 *
 * @param fromDivision  residence before, a 12-digit village code
 * @param toDivision    residence after (the same as before when only the household moved)
 * @param fromHousehold household registration before
 * @param toHousehold   household registration after
 */
public record ElderMoved(long elderId, String fromDivision, String toDivision, String fromHousehold,
                         String toHousehold) {
}
