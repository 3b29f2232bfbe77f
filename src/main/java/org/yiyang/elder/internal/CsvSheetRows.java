package org.yiyang.elder.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * CSV as Excel and WPS write it (RFC 4180: quoted cells may hold the separator, doubled quotes and line breaks).
 * The encoding is detected: a byte-order mark (UTF-8, UTF-16), else UTF-8 when every byte sequence is valid
 * UTF-8, else GB18030, the superset of GBK that Chinese Excel saves "CSV" in. The separator is the one of comma,
 * tab and semicolon that the first line uses most.
 */
final class CsvSheetRows implements SheetRows {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final char[] SEPARATORS = {',', '\t', ';'};
    private static final int FIRST_LINE_LIMIT = 1024 * 1024;

    private final Reader in;
    private final char separator;
    private int number;
    private SheetRow next;

    private CsvSheetRows(Reader in, char separator) {
        this.in = in;
        this.separator = separator;
    }

    static CsvSheetRows open(Path file) throws IOException {
        Encoding encoding = detect(file);
        InputStream bytes = Files.newInputStream(file);
        bytes.skipNBytes(encoding.bomLength());
        BufferedReader reader = new BufferedReader(new InputStreamReader(bytes, encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)), 64 * 1024);
        try {
            reader.mark(FIRST_LINE_LIMIT);
            char separator = separator(reader);
            reader.reset();
            return new CsvSheetRows(reader, separator);
        } catch (IOException e) {
            reader.close();
            throw ImportRefused.unreadable();
        }
    }

    /** The file's character set and the length of its byte-order mark. */
    record Encoding(Charset charset, int bomLength) {
    }

    static Encoding detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(3);
        }
        if (head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Encoding(StandardCharsets.UTF_8, 3);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Encoding(StandardCharsets.UTF_16LE, 2);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Encoding(StandardCharsets.UTF_16BE, 2);
        }
        if (decodes(file, StandardCharsets.UTF_8)) {
            return new Encoding(StandardCharsets.UTF_8, 0);
        }
        if (decodes(file, GB18030)) {
            return new Encoding(GB18030, 0);
        }
        throw ImportRefused.unknownEncoding();
    }

    private static boolean decodes(Path file, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        try (var channel = Files.newByteChannel(file)) {
            boolean end = false;
            while (!end) {
                end = channel.read(bytes) < 0;
                bytes.flip();
                var result = decoder.decode(bytes, chars, end);
                if (result.isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            return !decoder.flush(chars).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static char separator(BufferedReader reader) throws IOException {
        String first = reader.readLine();
        if (first == null) {
            return ',';
        }
        char best = ',';
        long most = 0;
        for (char candidate : SEPARATORS) {
            long count = first.chars().filter(c -> c == candidate).count();
            if (count > most) {
                most = count;
                best = candidate;
            }
        }
        return best;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = read();
        }
        return next != null;
    }

    @Override
    public SheetRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SheetRow row = next;
        next = null;
        return row;
    }

    private SheetRow read() {
        try {
            int c = in.read();
            if (c < 0) {
                return null;
            }
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            while (c >= 0) {
                if (quoted) {
                    if (c == '"') {
                        in.mark(1);
                        int following = in.read();
                        if (following == '"') {
                            cell.append('"');
                        } else {
                            quoted = false;
                            if (following >= 0) {
                                in.reset();
                            }
                        }
                    } else {
                        cell.append((char) c);
                    }
                } else if (c == '"' && cell.isEmpty()) {
                    quoted = true;
                } else if (c == separator) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r') {
                        in.mark(1);
                        if (in.read() != '\n') {
                            in.reset();
                        }
                    }
                    break;
                } else {
                    cell.append((char) c);
                }
                c = in.read();
            }
            cells.add(cell.toString());
            return new SheetRow(++number, cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
