package org.yiyang.elder.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An import file above the multipart limit is refused before any controller runs; it is sent back to the import
 * page, which says why. Other uploads fall through to the default handling.
 */
@ControllerAdvice
class ElderUploadTooLarge {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/elders/import")) {
            throw e;
        }
        return "redirect:/elders/import?tooLarge";
    }
}
