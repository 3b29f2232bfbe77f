package org.yiyang.elder.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

class ElderUploadTooLargeTests {

    private final ElderUploadTooLarge advice = new ElderUploadTooLarge();
    private final MaxUploadSizeExceededException tooLarge = new MaxUploadSizeExceededException(20L * 1024 * 1024);

    @Test
    void anImportFileAboveTheUploadLimitGoesBackToTheImportPageWhichSaysWhy() {
        assertThat(advice.tooLarge(tooLarge, new MockHttpServletRequest("POST", "/elders/import")))
                .isEqualTo("redirect:/elders/import?tooLarge");
    }

    @Test
    void otherUploadsAboveTheLimitKeepTheDefaultHandling() {
        assertThatThrownBy(() -> advice.tooLarge(tooLarge, new MockHttpServletRequest("POST", "/admin/accounts")))
                .isSameAs(tooLarge);
    }
}
