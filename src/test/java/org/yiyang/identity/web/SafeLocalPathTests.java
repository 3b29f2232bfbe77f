package org.yiyang.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeLocalPathTests {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/x?y=1", "/elders/42", "/region/divisions?parent=150100000000#list",
            "/search?q=%E5%91%BC%E5%92%8C", "/a/b//c"})
    void keepsAPathOnThisSite(String back) {
        assertThat(PreferencesController.safeLocalPath(back)).isEqualTo(back);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"http://evil.example", "https://evil.example/x", "//evil.example", "//evil.example/",
            "/\\evil.example", "\\\\evil.example", "/x\\y", "javascript:alert(1)", "evil.example", " /x",
            "/x\r\nSet-Cookie: a=b", "/x\nLocation: http://evil.example", "/x\rfoo", "\r\n/x", "/\t/evil.example"})
    void sendsEverythingElseToTheHomePage(String back) {
        assertThat(PreferencesController.safeLocalPath(back)).isEqualTo("/");
    }
}
