package org.yiyang.service.web;

import java.util.List;

import org.yiyang.service.CheckOutReport;
import org.yiyang.service.GeoFix;

/** The check-out form exactly as sent: position fields, ticked tasks, texts, and the PIN or the signature's data URL. */
record VisitCheckOutForm(String latitude, String longitude, String accuracy, List<String> tasks, String otherTasks,
                         String notes, String pin, String signature) {

    VisitCheckOutForm {
        tasks = tasks == null ? List.of() : tasks;
    }

    static VisitCheckOutForm empty() {
        return new VisitCheckOutForm("", "", "", List.of(), "", "", "", "");
    }

    GeoFix fix() {
        return new VisitCheckInForm(latitude, longitude, accuracy).fix();
    }

    CheckOutReport report() {
        return new CheckOutReport(tasks, otherTasks, notes, pin, signature);
    }
}
