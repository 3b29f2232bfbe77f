package org.yiyang.elder.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The error report of an import. Stored as text, one problem per line (row, column, message key, argument, tab
 * separated), so that it is shown in the language of whoever downloads it: a CSV file in UTF-8 with a byte-order
 * mark, which Excel needs to read it as UTF-8.
 */
final class ErrorReport {

    static final String UNREPORTED = "elderimport.report.unreported";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ErrorReport() {
    }

    static String store(ImportResult result) {
        StringBuilder text = new StringBuilder();
        for (ImportProblem p : result.problems()) {
            line(text, Integer.toString(p.row()), p.column(), p.messageKey(), p.argument());
        }
        if (result.unreported() > 0) {
            line(text, "", "", UNREPORTED, Integer.toString(result.unreported()));
        }
        return text.toString();
    }

    static byte[] csv(String stored, MessageSource messages, Locale locale) {
        StringBuilder csv = new StringBuilder();
        row(csv, List.of(messages.getMessage("elderimport.report.row", null, locale),
                messages.getMessage("elderimport.report.column", null, locale),
                messages.getMessage("elderimport.report.reason", null, locale)));
        for (String line : stored == null ? List.<String>of() : stored.lines().toList()) {
            String[] f = line.split("\t", -1);
            Object[] args = f.length > 3 && !f[3].isEmpty() ? new Object[] {f[3]} : null;
            row(csv, List.of(f[0], f[1], messages.getMessage(f[2], args, f[2], locale)));
        }
        var out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void line(StringBuilder text, String row, String column, String key, String argument) {
        text.append(row).append('\t').append(clean(column)).append('\t').append(key).append('\t')
                .append(argument == null ? "" : clean(argument)).append('\n');
    }

    private static String clean(String value) {
        return value == null ? "" : value.replaceAll("[\\t\\r\\n]", " ");
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** Quoted when needed; a leading = + - @ is defused so that a header from the file cannot become a formula. */
    private static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
