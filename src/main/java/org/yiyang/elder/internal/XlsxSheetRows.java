package org.yiyang.elder.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * The first worksheet of an .xlsx file, pulled row by row from its XML (StAX) so that a large sheet is never held
 * in memory as cells. Shared strings, inline strings, cached formula results and booleans become text; numbers
 * become plain digits, except numbers of 16 or more digits, which Excel has already rounded: they stay in
 * Excel's scientific form ({@code 1.52221194001011E+17}) so that the import can say what went wrong.
 */
final class XlsxSheetRows implements SheetRows {

    private static final double EXCEL_EXACT_LIMIT = 1e15;
    /** The whole workbook unpacked; a 20 MB list of elders takes a fraction of it, a zip bomb far more. */
    static final long MAX_UNPACKED_MEGABYTES = 300;

    private final OPCPackage pkg;
    private final ReadOnlySharedStringsTable strings;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private SheetRow next;
    private int lastNumber;

    private XlsxSheetRows(OPCPackage pkg, ReadOnlySharedStringsTable strings, InputStream sheet, XMLStreamReader xml) {
        this.pkg = pkg;
        this.strings = strings;
        this.sheet = sheet;
        this.xml = xml;
    }

    static XlsxSheetRows open(Path file) {
        refuseWhenTooLargeUnpacked(file);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw ImportRefused.empty();
            }
            InputStream sheet = sheets.next();
            var strings = new ReadOnlySharedStringsTable(pkg, false);
            return new XlsxSheetRows(pkg, strings, sheet, XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet));
        } catch (ImportRefused e) {
            revert(pkg);
            throw e;
        } catch (Exception | LinkageError e) {
            revert(pkg);
            throw ImportRefused.unreadable();
        }
    }

    /** By the sizes the zip declares; POI's inflation-ratio check guards against sizes that lie. */
    private static void refuseWhenTooLargeUnpacked(Path file) {
        long unpacked;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            unpacked = zip.stream().mapToLong(entry -> Math.max(0, entry.getSize())).sum();
        } catch (IOException e) {
            throw ImportRefused.unreadable();
        }
        if (unpacked > MAX_UNPACKED_MEGABYTES * 1024 * 1024) {
            throw ImportRefused.tooLargeUnpacked(MAX_UNPACKED_MEGABYTES);
        }
    }

    private static void revert(OPCPackage pkg) {
        if (pkg != null) {
            pkg.revert();
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = read();
            } catch (XMLStreamException | RuntimeException e) {
                throw ImportRefused.unreadable();
            }
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

    private SheetRow read() throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                String r = xml.getAttributeValue(null, "r");
                lastNumber = r == null ? lastNumber + 1 : Integer.parseInt(r);
                return new SheetRow(lastNumber, cells());
            }
        }
        return null;
    }

    /** The cells of the current {@code <row>}, placed by their reference ({@code C5} is the third). */
    private List<String> cells() throws XMLStreamException {
        List<String> cells = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                return cells;
            }
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                String ref = xml.getAttributeValue(null, "r");
                String type = xml.getAttributeValue(null, "t");
                int column = ref == null ? cells.size() : columnIndex(ref);
                String value = cellValue(type);
                while (cells.size() < column) {
                    cells.add("");
                }
                cells.add(value);
            }
        }
        return cells;
    }

    private String cellValue(String type) throws XMLStreamException {
        StringBuilder value = new StringBuilder();
        StringBuilder inline = new StringBuilder();
        String element = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                element = xml.getLocalName();
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if ("v".equals(element)) {
                    value.append(xml.getText());
                } else if ("t".equals(element)) {
                    inline.append(xml.getText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if ("c".equals(xml.getLocalName())) {
                    break;
                }
                element = null;
            }
        }
        return text(type, value.toString(), inline.toString());
    }

    private String text(String type, String value, String inline) {
        if ("inlineStr".equals(type)) {
            return inline;
        }
        if (value.isEmpty()) {
            return "";
        }
        return switch (type == null ? "n" : type) {
            case "s" -> {
                RichTextString shared = strings.getItemAt(Integer.parseInt(value.strip()));
                yield shared == null ? "" : shared.getString();
            }
            case "b" -> "1".equals(value.strip()) ? "true" : "false";
            case "n" -> number(value.strip());
            default -> value;
        };
    }

    static String number(String value) {
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.abs().doubleValue() >= EXCEL_EXACT_LIMIT) {
                return number.round(new MathContext(15)).stripTrailingZeros().toString();
            }
            return number.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return value;
        }
    }

    static int columnIndex(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return Math.max(0, column - 1);
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the stream below is closed next either way
        }
        sheet.close();
        pkg.revert();
    }
}
