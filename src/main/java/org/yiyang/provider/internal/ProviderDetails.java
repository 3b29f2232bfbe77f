package org.yiyang.provider.internal;

import org.yiyang.provider.OperatingModel;
import org.yiyang.provider.ProviderInfo;

/**
 * Everything the provider pages show: the public {@link ProviderInfo} plus the registration facts and the
 * roster figures. Policy requires every active staff member to have pre-job training (岗前培训 100%).
 */
public record ProviderDetails(ProviderInfo info, String phone, Integer floorArea, int bedsTotal, int bedsNursing,
                              int childcarePlaces, OperatingModel operatingModel, String filingNumber,
                              String licenceNumber, String statusReason, int activeStaff, int trainedStaff) {

    /** Trained share of active staff in whole percent; 100 when there are no active staff. */
    public int trainingRate() {
        return activeStaff == 0 ? 100 : (int) Math.floor(trainedStaff * 100.0 / activeStaff);
    }

    public boolean fullyTrained() {
        return trainedStaff >= activeStaff;
    }

    ProviderDetails withStaff(int active, int trained) {
        return new ProviderDetails(info, phone, floorArea, bedsTotal, bedsNursing, childcarePlaces, operatingModel,
                filingNumber, licenceNumber, statusReason, active, trained);
    }
}
