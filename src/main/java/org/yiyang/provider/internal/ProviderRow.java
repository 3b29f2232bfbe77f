package org.yiyang.provider.internal;

import org.yiyang.provider.ProviderKind;
import org.yiyang.provider.ProviderStatus;

/** One line of the management list. */
public record ProviderRow(long id, String name, ProviderKind kind, String divisionCode, String divisionName,
                          ProviderStatus status, Integer ratingLevel, int activeStaff, int trainedStaff) {

    public int trainingRate() {
        return activeStaff == 0 ? 100 : (int) Math.floor(trainedStaff * 100.0 / activeStaff);
    }
}
