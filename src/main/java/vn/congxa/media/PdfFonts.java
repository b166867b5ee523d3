package vn.congxa.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * The font PDFBox is given for a font a PDF names without embedding it: always the one it bundles. Its own mapper
 * would look through the machine's fonts and write a cache of them into the user's home folder, outside congxa's
 * output; reading a PDF's text and pages needs no font's shapes, only its encoding, which the PDF itself holds.
 */
final class PdfFonts implements FontMapper {

    private static final String BUNDLED = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final TrueTypeFont font;

    private PdfFonts(TrueTypeFont font) {
        this.font = font;
    }

    /** Puts this mapper in PDFBox's place, once for the JVM: before any PDF is read. */
    static void install() {
        try (InputStream in = FontMapper.class.getResourceAsStream(BUNDLED)) {
            FontMappers.set(new PdfFonts(new TTFParser().parse(new RandomAccessReadBuffer(in))));
        } catch (IOException e) {
            throw new UncheckedIOException("PDFBox's own font is missing from its jar", e);
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font, true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font, true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
        return new CIDFontMapping(null, font, true);
    }
}
