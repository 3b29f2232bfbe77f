package org.yiyang.service.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rules offices set (application.properties, {@code yiyang.service.*}).
 *
 * @param minLeadTime        how long before its start a slot can still be booked
 * @param maxAdvanceDays     how far ahead a slot can be booked
 * @param cancelCutoff       the elder's side cancels online until this long before the start; later they call
 * @param checkInTolerance   metres from the elder's home beyond which a check-in or check-out is an exception
 * @param timeTolerance      how far from the booked start a check-in may be before it is an exception
 * @param complaintResponse  how long a provider has to answer a complaint before it is escalated
 * @param lowRating          ratings at or below this many stars open a complaint
 */
@ConfigurationProperties("yiyang.service")
public record ServiceSettings(Duration minLeadTime, Integer maxAdvanceDays, Duration cancelCutoff,
                              Integer checkInTolerance, Duration timeTolerance, Duration complaintResponse,
                              Integer lowRating) {

    public ServiceSettings {
        minLeadTime = minLeadTime == null ? Duration.ofHours(1) : minLeadTime;
        maxAdvanceDays = maxAdvanceDays == null ? 60 : maxAdvanceDays;
        cancelCutoff = cancelCutoff == null ? Duration.ofHours(2) : cancelCutoff;
        checkInTolerance = checkInTolerance == null ? 300 : checkInTolerance;
        timeTolerance = timeTolerance == null ? Duration.ofMinutes(30) : timeTolerance;
        complaintResponse = complaintResponse == null ? Duration.ofHours(48) : complaintResponse;
        lowRating = lowRating == null ? 2 : lowRating;
    }
}
