package org.yiyang.benefit.internal;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Writes a bank payment file: UTF-8 with a byte order mark (Excel then reads the Chinese names), CRLF line ends,
 * a header, then per line: sequence, reference (the allowance id, which the bank's return file quotes), holder,
 * bank, full account number, amount in yuan with two decimals, programme code and month. The header is the bank's
 * format, not the reader's language, so it is the same for everyone.
 */
final class PaymentFileCsv {

    static final String HEADER = "序号,参考号,户名,开户行,账号,金额(元),项目代码,月份";
    private static final String BOM = "\uFEFF";

    private PaymentFileCsv() {
    }

    /** {@code unseal} turns a line's encrypted account number into the digits. */
    static byte[] write(List<PaymentLineStore.SealedLine> lines, String programmeCode, YearMonth month,
                        UnaryOperator<String> unseal) {
        StringBuilder csv = new StringBuilder(BOM).append(HEADER).append("\r\n");
        int seq = 0;
        for (PaymentLineStore.SealedLine line : lines) {
            csv.append(++seq).append(',')
                    .append(line.allowanceId()).append(',')
                    .append(field(line.holderName())).append(',')
                    .append(field(line.bankName())).append(',')
                    .append(unseal.apply(line.accountEnc())).append(',')
                    .append(line.amount().toYuan()).append(',')
                    .append(field(programmeCode)).append(',')
                    .append(month).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Quotes a text that holds a comma, a quote or a line break (RFC 4180). */
    static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
