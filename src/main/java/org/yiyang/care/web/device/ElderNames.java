package org.yiyang.care.web.device;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.yiyang.care.internal.device.DeviceRow;
import org.yiyang.elder.ServiceRecipient;
import org.yiyang.elder.ServiceRecipients;

/** The names of the elders a page of devices serves (a page is at most 20 devices), by elder id. */
@Component
class ElderNames {

    private final ServiceRecipients recipients;

    ElderNames(ServiceRecipients recipients) {
        this.recipients = recipients;
    }

    Map<Long, String> of(Collection<DeviceRow> devices) {
        Map<Long, String> names = new LinkedHashMap<>();
        for (DeviceRow device : devices) {
            names.computeIfAbsent(device.elderId(),
                    id -> recipients.find(id).map(ServiceRecipient::name).orElse("#" + id));
        }
        return names;
    }
}
