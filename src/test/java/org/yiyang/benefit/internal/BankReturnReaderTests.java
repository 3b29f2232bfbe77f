package org.yiyang.benefit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.internal.BankReturnReader.ReturnLine;

class BankReturnReaderTests {

    private static List<ReturnLine> read(String text) {
        return BankReturnReader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsPaidAndRefusedLinesWithAHeaderABomBlankLinesAndQuotedReasons() {
        List<ReturnLine> lines = read("\uFEFFreference,status,reason\r\n101,OK,\r\n\r\n102,fail,\"账户已销户, 请核对\"\n103,OK\n");

        assertThat(lines).containsExactly(
                new ReturnLine(2, 101, true, null),
                new ReturnLine(4, 102, false, "账户已销户, 请核对"),
                new ReturnLine(5, 103, true, null));
    }

    @Test
    void aFileInGb18030IsReadAsChineseBanksWriteIt() {
        byte[] gbk = "参考号,结果,原因\n7,FAIL,户名不符\n".getBytes(Charset.forName("GB18030"));

        assertThat(BankReturnReader.read(gbk)).containsExactly(new ReturnLine(2, 7, false, "户名不符"));
    }

    @Test
    void everyBadLineIsNamedByItsNumberAndNothingIsRead() {
        String text = String.join("\n", "1,OK", "x2,OK", "3,PAID", "4,FAIL", "5,FAIL,reason,extra", "1,OK",
                "6,FAIL,\"open quote", "7,FAIL," + "长".repeat(201), "8,OK");

        assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(BenefitProblem.class, p -> {
            assertThat(p.field()).isEqualTo("returnFile");
            assertThat(p.messageKey()).isEqualTo("ledger.error.fileReturnMalformed");
            assertThat(p.args()).containsExactly("2, 3, 4, 5, 6, 7, 8");
        });
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> read("reference,status,reason\n\n"))
                .isInstanceOfSatisfying(BenefitProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("ledger.error.fileReturnEmpty"));
    }

    @Test
    void aLongListOfBadLinesNamesTheFirstTwenty() {
        String text = "x\n".repeat(25);

        assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(BenefitProblem.class,
                p -> assertThat((String) p.args()[0]).startsWith("1, 2, 3").endsWith("19, 20, …"));
    }
}
