package org.yiyang.hotline.internal;

import java.util.List;

import org.yiyang.benefit.EnrolmentView;
import org.yiyang.care.AlarmSummary;
import org.yiyang.elder.ElderDetails;
import org.yiyang.elder.EmergencyContact;
import org.yiyang.service.OrderSummary;

/** What the screen-pop shows of the caller's elder: the file (masked), recent orders and alarms, subsidies, contacts. */
public record CallerFile(ElderDetails elder, List<OrderSummary> orders, List<AlarmSummary> alarms,
                         List<EnrolmentView> enrolments, List<EmergencyContact> contacts) {

    public CallerFile {
        orders = List.copyOf(orders);
        alarms = List.copyOf(alarms);
        enrolments = List.copyOf(enrolments);
        contacts = List.copyOf(contacts);
    }
}
