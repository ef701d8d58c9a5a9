package org.reckon.brief;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;

/**
 * The brief as PDF: the very page {@link Html} writes, laid out by openhtmltopdf, with the inline
 * SVG charts drawn by Batik, so HTML and PDF cannot drift apart.
 */
final class Pdf {
    /** The font family the template asks for; PDF's built-in fonts lack most non-Latin letters of names and places. */
    static final String FONT_FAMILY = "DejaVu Sans";
    private static final List<Path> FONT_FOLDERS = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu"), Path.of("/usr/share/fonts/TTF"), Path.of("/usr/share/fonts/dejavu"));

    static {
        // The layout engine logs its timings at INFO; a brief's user wants warnings only.
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    private Pdf() {}

    static void write(Brief brief, OutputStream out) throws IOException {
        org.w3c.dom.Document dom = W3CDom.convert(Jsoup.parse(Html.render(brief)));
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withW3cDocument(dom, "about:blank")
                .useSVGDrawer(new BatikSVGDrawer())
                .withProducer("reckon")
                .toStream(out);
        font("DejaVuSans.ttf").ifPresent(f -> builder.useFont(f.toFile(), FONT_FAMILY));
        font("DejaVuSans-Bold.ttf").ifPresent(f -> builder.useFont(f.toFile(), FONT_FAMILY, 700,
                PdfRendererBuilder.FontStyle.NORMAL, true));
        builder.run();
    }

    private static Optional<Path> font(String name) {
        return FONT_FOLDERS.stream().map(d -> d.resolve(name)).filter(Files::isRegularFile).findFirst();
    }
}
