package org.reckon.brief;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.model.Claim;
import org.reckon.model.Evidence;
import org.reckon.model.Extraction;
import org.reckon.model.Metric;
import org.reckon.model.Qualifier;
import org.reckon.model.Report;
import org.reckon.model.Role;
import org.reckon.model.Scope;
import org.reckon.model.ScopeKind;
import org.reckon.model.Source;
import org.reckon.model.SourceKind;
import org.reckon.model.Stance;
import org.reckon.places.GeoContext;
import org.reckon.places.Geocoder;
import org.reckon.store.Ledger;
import org.reckon.store.ingest.ReportWriter;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A brief maps the places of the figures it counts, in HTML, Markdown and PDF. */
class BriefMapTest {
    @TempDir
    Path dir;

    Ledger ledger;

    @BeforeEach
    void fill() throws Exception {
        ledger = Ledger.open(dir.resolve("ledger.db").toString());
        ReportWriter w = new ReportWriter(ledger);
        Report r = new Report("a", "a: a report about the fighting in the border areas, told at length. ".repeat(5), "Border fighting",
                LocalDate.parse("2025-02-01"), "https://example.org/a", "Wire");
        w.store(r, new Extraction("a", r.published(), List.of(
                claim(Metric.KILLED, 900, "Kursk Oblast", "General Staff"),
                claim(Metric.WOUNDED, 40, "Sudzha", "General Staff"),
                claim(Metric.KILLED, 15, null, "Ministry")), List.of(), List.of()), "a");
    }

    @AfterEach
    void close() throws Exception {
        ledger.close();
    }

    private static Claim claim(Metric metric, long n, String where, String source) {
        String sentence = n + " North Korean soldiers " + metric.wire() + (where == null ? "" : " in " + where) + ", " + source + " said.";
        Claim c = new Claim(metric, "North Korea", Role.MILITARY, "North Korean soldiers", n, n, Qualifier.EXACT,
                new Scope(ScopeKind.UNKNOWN, null, null), LocalDate.parse("2025-02-01"), where,
                Source.of(source, SourceKind.MILITARY, "Ukraine"), Stance.ASSERTED, new Evidence(sentence, 0, sentence.length()), 0.9);
        return where == null ? c : c.withPlace(Geocoder.shared().locate(where, GeoContext.NONE).orElseThrow());
    }

    @Test
    void theBriefListsThePlacesCountedLargestFirst() throws Exception {
        Brief b = Briefs.build(ledger, "North Korea", null, null);

        assertThat(b.places()).extracting(Brief.MapPlace::name).containsExactly("Kursk Oblast", "Sudzha");
        assertThat(b.places().get(0).precision()).isEqualTo("admin1");
        assertThat(b.places().get(0).largest()).isEqualTo(900);
    }

    @Test
    void theHtmlDrawsOneCirclePerPlaceOverTheCountryShapes() throws Exception {
        String html = Html.render(Briefs.build(ledger, "North Korea", null, null));
        String map = html.substring(html.indexOf("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\""));
        map = map.substring(0, map.indexOf("</svg>"));

        assertThat(count(map, "<circle class=\"mark\"")).isEqualTo(2);
        assertThat(count(map, "<path ")).isGreaterThan(150);
        assertThat(html).contains("Kursk Oblast, Russia (1 claim); Sudzha, Russia (1 claim).");
    }

    @Test
    void markdownNamesThePlaces() throws Exception {
        Path file = dir.resolve("brief.md");
        BriefFormat.MARKDOWN.write(Briefs.build(ledger, "North Korea", null, null), file);

        assertThat(java.nio.file.Files.readString(file)).contains("## Where").contains("Sudzha, Russia (1 claim)");
    }

    @Test
    void thePdfHasTheMapWithItsMarks() throws Exception {
        Path file = dir.resolve("brief.pdf");
        BriefFormat.PDF.write(Briefs.build(ledger, "North Korea", null, null), file);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Where").contains("Kursk Oblast, Russia (1 claim)");
            int red = 0;
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(page, 72);
                java.nio.file.Files.createDirectories(Path.of("target", "screenshots"));
                javax.imageio.ImageIO.write(image, "png", Path.of("target", "screenshots", "brief-map-page" + page + ".png").toFile());
                red += reddish(image);
            }
            // The marks are the only red this brief draws (its one chart series is blue).
            assertThat(red).isGreaterThan(300);
        }
    }

    private static int reddish(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                if (r > 180 && r - g > 25 && r - b > 25) {   // the marks' red, full or pale over the land
                    n++;
                }
            }
        }
        return n;
    }

    private static int count(String s, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
