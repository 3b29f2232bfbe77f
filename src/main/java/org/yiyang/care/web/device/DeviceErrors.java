package org.yiyang.care.web.device;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.yiyang.care.internal.device.DeviceProblem;

/** A device that does not exist, or lies outside the viewer's division, gets the not-found page. */
@ControllerAdvice(assignableTypes = DeviceController.class)
class DeviceErrors {

    @ExceptionHandler(DeviceProblem.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(DeviceProblem problem, Model model) {
        model.addAttribute("messageKey", problem.messageKey());
        return "care/device/not-found";
    }
}
