package uk.org.throughline.infrastructure.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes text down A4 pages, top to bottom, wrapping long lines at spaces and starting a new page
 * when one is full; every page carries the protective marking at top and bottom and "Page n of m".
 * Only Helvetica is used (no font files to ship): a character it cannot print becomes "?".
 */
final class PdfPages implements AutoCloseable {

    static final String MARKING = "OFFICIAL-SENSITIVE";

    private static final PDRectangle SIZE = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float BODY_TOP = SIZE.getHeight() - 72;
    private static final float BODY_BOTTOM = 72;
    private static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;
    private static final float TEXT_SIZE = 11;
    private static final float LINE = 15;
    private static final float LABEL_WIDTH = 150;

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDDocument document = new PDDocument();
    private PDPageContentStream page;
    private float y;

    PdfPages(String title) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(title);
        information.setSubject(MARKING);
        document.getDocumentCatalog().setLanguage("en-GB");
        newPage();
    }

    void title(String text) {
        write(bold, 16, 22, text);
        space();
    }

    void heading(String text) {
        needRoom(3 * LINE);
        space();
        write(bold, 13, 18, text);
    }

    /** A paragraph; line breaks in the text start new lines. */
    void paragraph(String text) {
        for (String line : text.split("\\R", -1)) {
            write(regular, TEXT_SIZE, LINE, line);
        }
        space();
    }

    /** A bold label with its value beside it, both wrapped in their columns. */
    void field(String label, String value) {
        row(List.of(new Cell(label, LABEL_WIDTH, true), new Cell(value, WIDTH - LABEL_WIDTH, false)));
    }

    /** One row of a table: the cells side by side, as tall as the tallest. */
    void row(List<Cell> cells) {
        List<List<String>> wrapped = cells.stream().map(cell -> wrap(cell.bold() ? bold : regular, TEXT_SIZE,
                cell.width() - 6, cell.text())).toList();
        int lines = wrapped.stream().mapToInt(List::size).max().orElse(1);
        needRoom(lines * LINE);
        float x = 0;
        for (int i = 0; i < cells.size(); i++) {
            float lineY = y;
            for (String line : wrapped.get(i)) {
                show(cells.get(i).bold() ? bold : regular, TEXT_SIZE, MARGIN + x, lineY, line);
                lineY -= LINE;
            }
            x += cells.get(i).width();
        }
        y -= lines * LINE;
    }

    void space() {
        y -= LINE / 2;
    }

    /** The finished document, with the marking and page numbers on every page. */
    byte[] toPdf() {
        try {
            page.close();
            int count = document.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                try (PDPageContentStream margins = new PDPageContentStream(document, document.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    centred(margins, SIZE.getHeight() - 40, MARKING);
                    centred(margins, 40, MARKING);
                    String number = "Page " + (i + 1) + " of " + count;
                    showOn(margins, regular, 9, SIZE.getWidth() - MARGIN - width(regular, 9, number), 40, number);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell of {@link #row}: its text, its width in points, whether bold. */
    record Cell(String text, float width, boolean bold) {

        static Cell of(String text, float width) {
            return new Cell(text, width, false);
        }

        static Cell bold(String text, float width) {
            return new Cell(text, width, true);
        }
    }

    /** The width a table may share among its columns. */
    static float width() {
        return WIDTH;
    }

    private void write(PDType1Font font, float size, float leading, String text) {
        for (String line : wrap(font, size, WIDTH, text)) {
            needRoom(leading);
            show(font, size, MARGIN, y, line);
            y -= leading;
        }
    }

    private void needRoom(float height) {
        if (y - height < BODY_BOTTOM) {
            try {
                page.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            newPage();
        }
    }

    private void newPage() {
        PDPage next = new PDPage(SIZE);
        document.addPage(next);
        try {
            page = new PDPageContentStream(document, next);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = BODY_TOP;
    }

    private void show(PDType1Font font, float size, float x, float atY, String text) {
        showOn(page, font, size, x, atY, text);
    }

    private void centred(PDPageContentStream stream, float atY, String text) {
        showOn(stream, bold, 10, (SIZE.getWidth() - width(bold, 10, text)) / 2, atY, text);
    }

    private static void showOn(PDPageContentStream stream, PDType1Font font, float size, float x, float atY,
            String text) {
        try {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, atY - size);
            stream.showText(text);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text in lines that fit {@code width}, broken at spaces, or inside a word longer than a line. */
    private List<String> wrap(PDType1Font font, float size, float width, String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable(text).split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(font, size, rest) > width) {
                int fits = 1;
                while (fits < rest.length() && width(font, size, rest.substring(0, fits + 1)) <= width) {
                    fits++;
                }
                lines.add(rest.substring(0, fits));
                rest = rest.substring(fits);
            }
            line.append(rest);
        }
        lines.add(line.toString());
        return lines;
    }

    /** The text with tabs as spaces and every character Helvetica cannot print as "?". */
    private String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(codePoint -> {
            String character = Character.isWhitespace(codePoint) ? " " : Character.toString(codePoint);
            out.append(canPrint(character) ? character : "?");
        });
        return out.toString();
    }

    private boolean canPrint(String character) {
        try {
            regular.encode(character);
            return !Character.isISOControl(character.codePointAt(0));
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static float width(PDType1Font font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
