package org.yiyang.benefit.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.yiyang.benefit.BenefitProblem;

/**
 * Reads a bank's return file (回盘文件): one line per payment, {@code reference,OK|FAIL,reason} — the reference is
 * the one of the payment file, a refusal needs its reason. An optional header line, blank lines and a byte order
 * mark are allowed; a file that is not UTF-8 is read as GB18030, as Chinese banks often write. Every bad line is
 * reported by its number and then nothing is read at all.
 */
final class BankReturnReader {

    static final String FIELD = "returnFile";
    static final int MAX_REASON = 200;
    private static final Pattern REFERENCE = Pattern.compile("[0-9]{1,18}");
    private static final Set<String> HEADERS = Set.of("reference", "参考号");
    private static final int LINES_NAMED = 20;

    private BankReturnReader() {
    }

    /** One payment's answer; {@code lineNumber} counts from 1 in the file as uploaded. */
    record ReturnLine(int lineNumber, long reference, boolean paid, String reason) {
    }

    static List<ReturnLine> read(byte[] content) {
        String[] lines = text(content).split("\r\n|\n|\r", -1);
        List<ReturnLine> read = new ArrayList<>();
        List<Integer> bad = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank() || (read.isEmpty() && bad.isEmpty() && isHeader(lines[i]))) {
                continue;
            }
            ReturnLine line = line(i + 1, lines[i]);
            if (line == null || !seen.add(line.reference())) {
                bad.add(i + 1);
            } else {
                read.add(line);
            }
        }
        if (!bad.isEmpty()) {
            throw BenefitProblem.of(FIELD, "ledger.error.fileReturnMalformed", named(bad));
        }
        if (read.isEmpty()) {
            throw BenefitProblem.of(FIELD, "ledger.error.fileReturnEmpty");
        }
        return read;
    }

    /** Up to twenty items, comma separated, then an ellipsis. */
    static String named(List<?> items) {
        List<String> shown = items.stream().limit(LINES_NAMED).map(String::valueOf).toList();
        return String.join(", ", shown) + (items.size() > LINES_NAMED ? ", …" : "");
    }

    private static ReturnLine line(int number, String text) {
        List<String> fields = CsvFields.split(text);
        if (fields == null || fields.size() < 2 || fields.size() > 3) {
            return null;
        }
        String reference = fields.get(0).strip();
        String status = fields.get(1).strip().toUpperCase(Locale.ROOT);
        String reason = fields.size() == 3 ? fields.get(2).strip() : "";
        if (!REFERENCE.matcher(reference).matches() || reason.length() > MAX_REASON) {
            return null;
        }
        return switch (status) {
            case "OK" -> new ReturnLine(number, Long.parseLong(reference), true, null);
            case "FAIL" -> reason.isEmpty() ? null : new ReturnLine(number, Long.parseLong(reference), false, reason);
            default -> null;
        };
    }

    private static boolean isHeader(String line) {
        List<String> fields = CsvFields.split(line);
        return fields != null && HEADERS.contains(fields.get(0).strip().toLowerCase(Locale.ROOT));
    }

    private static String text(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            text = new String(content, Charset.forName("GB18030"));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Splits one CSV line (RFC 4180 quotes); null when a quote is left open. */
    static final class CsvFields {

        private CsvFields() {
        }

        static List<String> split(String line) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            if (quoted) {
                return null;
            }
            fields.add(field.toString());
            return fields;
        }
    }
}
