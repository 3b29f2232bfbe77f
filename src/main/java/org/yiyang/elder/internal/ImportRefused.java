package org.yiyang.elder.internal;

import java.util.List;

/**
 * A whole import file refused before any row is written: unreadable, empty, or its columns wrong. The message
 * key and arguments explain it to the person who uploaded it; nothing was imported.
 */
public class ImportRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    private ImportRefused(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public static ImportRefused empty() {
        return new ImportRefused("elderimport.refused.empty");
    }

    public static ImportRefused noRows() {
        return new ImportRefused("elderimport.refused.noRows");
    }

    public static ImportRefused unreadable() {
        return new ImportRefused("elderimport.refused.unreadable");
    }

    public static ImportRefused oldExcelFormat() {
        return new ImportRefused("elderimport.refused.oldExcel");
    }

    public static ImportRefused unknownEncoding() {
        return new ImportRefused("elderimport.refused.encoding");
    }

    public static ImportRefused tooLarge(long maxMegabytes) {
        return new ImportRefused("elderimport.refused.tooLarge", maxMegabytes);
    }

    public static ImportRefused tooLargeUnpacked(long maxMegabytes) {
        return new ImportRefused("elderimport.refused.tooLargeUnpacked", maxMegabytes);
    }

    public static ImportRefused busy() {
        return new ImportRefused("elderimport.refused.busy");
    }

    public static ImportRefused missingColumns(List<String> headers) {
        return new ImportRefused("elderimport.refused.missingColumns", String.join("、", headers));
    }

    public static ImportRefused wrongColumns(List<String> missing, List<String> unknown) {
        return new ImportRefused("elderimport.refused.wrongColumns", String.join("、", missing), String.join("、", unknown));
    }

    public static ImportRefused unknownColumns(List<String> headers) {
        return new ImportRefused("elderimport.refused.unknownColumns", String.join("、", headers));
    }

    public static ImportRefused doubledColumns(List<String> headers) {
        return new ImportRefused("elderimport.refused.doubledColumns", String.join("、", headers));
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
