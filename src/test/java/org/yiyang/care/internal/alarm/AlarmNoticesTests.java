package org.yiyang.care.internal.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlarmNoticesTests {

    @Test
    void aTextMessageNamesTheElderWithTheGivenNameMaskedButTheLastCharacter() {
        assertThat(AlarmNotices.masked("张三")).isEqualTo("张*");
        assertThat(AlarmNotices.masked("张三丰")).isEqualTo("张*丰");
        assertThat(AlarmNotices.masked("欧阳娜娜")).isEqualTo("欧**娜");
        assertThat(AlarmNotices.masked("巴特尔")).isEqualTo("巴*尔");
        assertThat(AlarmNotices.masked("单")).isEqualTo("单");
    }
}
