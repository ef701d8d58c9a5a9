package org.reckon.brief;

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
import org.reckon.model.Statement;
import org.reckon.store.Ledger;
import org.reckon.store.ingest.ReportWriter;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Briefs built from a hand-made SQLite ledger, so their rules are tested without the extractor. */
class BriefsTest {
    private static final Source NIS = Source.of("National Intelligence Service", SourceKind.INTELLIGENCE, "South Korea")
            .relayedBy("Lee Seong-kweun");
    private static final Source GUR = Source.of("Ukrainian military intelligence", SourceKind.INTELLIGENCE, "Ukraine");

    @TempDir
    Path dir;

    Ledger ledger;

    @BeforeEach
    void fill() throws Exception {
        ledger = Ledger.open(dir.resolve("ledger.db").toString());
        ReportWriter writer = new ReportWriter(ledger);
        store(writer, "a", "Spy agency briefs lawmakers", "Yonhap", "2025-01-13",
                List.of(claim(Metric.KILLED, 300, Qualifier.AT_LEAST, NIS, "2025-01-13"),
                        claim(Metric.WOUNDED, 2700, Qualifier.APPROX, NIS, "2025-01-13")),
                List.of(new Statement(NIS, "North Korea", LocalDate.parse("2025-01-13"),
                        new Evidence("The NIS said the high casualties were due to a lack of understanding of modern warfare.", 0, 80))));
        store(writer, "b", "Kyiv updates its count", "Kyiv Post", "2025-02-03",
                List.of(claim(Metric.KILLED, 1000, Qualifier.EXACT, GUR, "2025-02-03")),
                List.of(new Statement(GUR, "North Korea", LocalDate.parse("2025-02-03"),
                        new Evidence("Ukrainian intelligence said the captured soldiers wanted to stay.", 0, 60))));
        store(writer, "c", "NIS revises figure", "Yonhap", "2025-02-20",
                List.of(claim(Metric.KILLED, 600, Qualifier.EXACT, NIS, "2025-02-20")), List.of());
        store(writer, "d", "Two captured in Kursk", "Kyiv Post", "2025-02-21",
                List.of(claim(Metric.CAPTURED, 2, Qualifier.EXACT, GUR, "2025-02-21")), List.of());
    }

    @AfterEach
    void close() throws Exception {
        ledger.close();
    }

    private static void store(ReportWriter w, String id, String title, String outlet, String date, List<Claim> claims,
                              List<Statement> statements) throws Exception {
        StringBuilder text = new StringBuilder(id).append(": ");
        for (int i = 0; i < 60; i++) {
            text.append(id).append(i * 7919 % 101).append(i % 9 == 8 ? ". " : " ");
        }
        Report r = new Report(id, text.toString(), title, LocalDate.parse(date), "https://example.org/" + id, outlet);
        w.store(r, new Extraction(id, r.published(), claims, statements, List.of()), id);
    }

    private static Claim claim(Metric metric, long n, Qualifier q, Source source, String date) {
        String sentence = n + " North Korean soldiers " + metric.wire() + ", " + source.name() + " said.";
        return new Claim(metric, "North Korea", Role.MILITARY, "North Korean soldiers", q == Qualifier.AT_MOST ? null : n,
                q == Qualifier.AT_LEAST ? null : n, q, new Scope(ScopeKind.UNKNOWN, null, null), LocalDate.parse(date), null,
                source, Stance.ASSERTED, new Evidence(sentence, 0, sentence.length()), 0.9);
    }

    private static Brief.Headline headline(Brief b, String metric) {
        return b.headlines().stream().filter(h -> h.metric().equals(metric)).findFirst().orElseThrow();
    }

    @Test
    void theHeadlineGivesEachSourcesLatestFigureWithItsRelaysDateAndFootnote() throws Exception {
        Brief b = Briefs.build(ledger, "north korea", null, null);
        Brief.Headline killed = headline(b, "killed");
        assertThat(killed.latest()).extracting(Brief.Figure::source)
                .containsExactlyInAnyOrder("National Intelligence Service", "Ukrainian military intelligence");
        Brief.Figure nis = killed.latest().stream().filter(f -> f.source().startsWith("National")).findFirst().orElseThrow();
        assertThat(nis.figure()).isEqualTo("600");
        assertThat(nis.via()).isEqualTo("Lee Seong-kweun");
        assertThat(nis.date()).isEqualTo("2025-02-20");
        assertThat(b.footnotes().get(nis.notes().get(0) - 1).title()).isEqualTo("NIS revises figure");
        assertThat(headline(b, "wounded").latest().get(0).figure()).isEqualTo("about 2,700");
        assertThat(killed.consensus().best()).isNotNull();
        assertThat(b.headlines()).extracting(Brief.Headline::metric).as("the spec's order of metrics")
                .containsExactly("killed", "wounded", "captured");
    }

    @Test
    void asOfADayTheBriefShowsOnlyWhatWasClaimedByThen() throws Exception {
        Brief b = Briefs.build(ledger, "North Korea", LocalDate.parse("2025-01-31"), null);
        Brief.Headline killed = headline(b, "killed");
        assertThat(killed.latest()).hasSize(1);
        assertThat(killed.latest().get(0).figure()).isEqualTo("at least 300");
        assertThat(b.statements()).extracting(Brief.SourceStatements::source).containsExactly("National Intelligence Service");
        assertThat(b.footnotes()).extracting(Brief.Footnote::title).containsExactly("Spy agency briefs lawmakers");
    }

    @Test
    void eachHeadlineNamesTheRoleOfThePeopleCountedAndTheDayItsConsensusStandsFor() throws Exception {
        Brief b = Briefs.build(ledger, "North Korea", LocalDate.parse("2025-01-31"), null);
        assertThat(b.headlines()).extracting(Brief.Headline::label).contains("killed (military)");
        assertThat(headline(b, "killed").consensus().asOf()).isEqualTo("2025-01-31");
        assertThat(org.jsoup.Jsoup.parse(Html.render(b)).select("section[data-metric=killed] h3").text()).isEqualTo("killed (military)");
    }

    @Test
    void changesSinceADayListNewAndRevisedFigures() throws Exception {
        Brief b = Briefs.build(ledger, "North Korea", null, LocalDate.parse("2025-02-01"));
        assertThat(b.changes()).extracting(Brief.Change::metric).containsExactlyInAnyOrder("killed", "killed", "captured");
        Brief.Change revised = b.changes().stream().filter(c -> c.previous() != null).findFirst().orElseThrow();
        assertThat(revised.figure().figure()).isEqualTo("600");
        assertThat(revised.previous()).isEqualTo("at least 300 (2025-01-13)");
        assertThat(b.changes().stream().filter(c -> c.previous() == null && c.metric().equals("killed")).findFirst().orElseThrow().figure().source())
                .isEqualTo("Ukrainian military intelligence");
    }

    @Test
    void statementsAreGroupedBySourceNewestFirst() throws Exception {
        Brief b = Briefs.build(ledger, "North Korea", null, null);
        assertThat(b.statements()).extracting(Brief.SourceStatements::source)
                .containsExactly("Ukrainian military intelligence", "National Intelligence Service");
        Brief.Said said = b.statements().get(1).said().get(0);
        assertThat(said.via()).isEqualTo("Lee Seong-kweun");
        assertThat(b.footnotes().get(said.note() - 1).outlet()).isEqualTo("Yonhap");
    }

    @Test
    void aBriefQuotesTheNewestStatementsOfEachSourceAndCountsTheRest() throws Exception {
        store(new ReportWriter(ledger), "e", "More from the agency", "Yonhap", "2025-03-01", List.of(), List.of(
                new Statement(NIS, "North Korea", LocalDate.parse("2025-02-27"), new Evidence("The NIS said the troops were rotated.", 0, 37)),
                new Statement(NIS, "North Korea", LocalDate.parse("2025-03-01"), new Evidence("The NIS said drones were a new threat.", 0, 38))));
        Brief b = Briefs.build(ledger, "North Korea", null, null, 2);
        Brief.SourceStatements nis = b.statements().stream().filter(s -> s.source().startsWith("National")).findFirst().orElseThrow();
        assertThat(nis.said()).extracting(Brief.Said::claimedOn).containsExactly("2025-03-01", "2025-02-27");
        assertThat(nis.older()).isEqualTo(1);
        assertThat(Briefs.build(ledger, "North Korea", null, null, 0).statements().get(0).said()).hasSize(3);
        Path file = dir.resolve("capped.html");
        BriefFormat.HTML.write(b, file);
        assertThat(Files.readString(file)).contains("… and 1 earlier statement from this source: reckon statements --source &quot;National Intelligence Service&quot;")
                .doesNotContain("lack of understanding");
    }

    @Test
    void htmlHasOneChartSeriesPerSourceAndEveryFootnote() throws Exception {
        Path file = dir.resolve("brief.html");
        Brief b = Briefs.build(ledger, "North Korea", null, LocalDate.parse("2025-02-01"));
        assertThat(BriefFormat.of(file).write(b, file)).containsExactly(file);
        String html = Files.readString(file);
        String killed = html.substring(html.indexOf("data-metric=\"killed\""));
        killed = killed.substring(0, killed.indexOf("</svg>"));
        assertThat(Pattern.compile("<g class=\"series\"").matcher(killed).results().count()).isEqualTo(2);
        assertThat(html).contains("Spy agency briefs lawmakers, Yonhap, 2025-01-13, <a href=\"https://example.org/a\">");
        assertThat(org.jsoup.Jsoup.parse(html).text()).contains("600 killed: National Intelligence Service via Lee Seong-kweun, 2025-02-20")
                .contains("Kyiv updates its count, Kyiv Post, 2025-02-03")
                .contains("Revised from at least 300 (2025-01-13)")
                .contains("lack of understanding of modern warfare");
    }

    @Test
    void markdownWritesAPngChartBesideItForEachMetric() throws Exception {
        Path file = dir.resolve("out/brief.md");
        List<Path> written = BriefFormat.of(file).write(Briefs.build(ledger, "North Korea", null, null), file);
        assertThat(written).containsExactly(file, dir.resolve("out/brief-killed-military.png"),
                dir.resolve("out/brief-wounded-military.png"), dir.resolve("out/brief-captured-military.png"));
        BufferedImage png = ImageIO.read(dir.resolve("out/brief-killed-military.png").toFile());
        assertThat(png.getWidth()).isEqualTo(Charts.WIDTH);
        String md = Files.readString(file);
        assertThat(md).contains("![killed (military) by source over time](brief-killed-military.png)")
                .contains("Chart lines: National Intelligence Service (blue); Ukrainian military intelligence (red)")
                .contains("[^1]: NIS revises figure, Yonhap, 2025-02-20, <https://example.org/c>")
                .contains("Spy agency briefs lawmakers, Yonhap, 2025-01-13, <https://example.org/a>");
    }

    @Test
    void pdfReadsBackWithTheFiguresSourcesAndFootnotesAndDrawsOneSeriesPerSource() throws Exception {
        Path file = dir.resolve("brief.pdf");
        Brief b = Briefs.build(ledger, "North Korea", null, LocalDate.parse("2025-02-01"));
        assertThat(BriefFormat.of(file).write(b, file)).containsExactly(file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("600 killed: National Intelligence Service via Lee Seong-kweun, 2025-02-20")
                    .contains("about 2,700 wounded: National Intelligence Service via Lee Seong-kweun, 2025-01-13")
                    .contains("Spy agency briefs lawmakers, Yonhap, 2025-01-13, https://example.org/a")
                    .contains("Kyiv updates its count, Kyiv Post, 2025-02-03, https://example.org/b")
                    .contains("lack of understanding of modern warfare");
            assertThat(seriesColoursDrawn(pdf)).as("one colour per source: NIS and Ukrainian intelligence")
                    .containsExactly(Charts.COLOURS[0], Charts.COLOURS[1]);
        }
        assertThat(dir.resolve("brief.pdf.part")).doesNotExist();
    }

    /** The chart colours that appear on the rendered pages, in the order {@link Charts} hands them out. */
    private static List<String> seriesColoursDrawn(PDDocument pdf) throws Exception {
        PDFRenderer renderer = new PDFRenderer(pdf);
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int page = 0; page < pdf.getNumberOfPages(); page++) {
            BufferedImage image = renderer.renderImageWithDPI(page, 72);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    seen.add(image.getRGB(x, y) & 0xFFFFFF);
                }
            }
        }
        return java.util.Arrays.stream(Charts.COLOURS).filter(c -> seen.contains(Integer.parseInt(c.substring(1), 16))).toList();
    }

    @Test
    void theChartsValueAxisEndsOnARoundNumber() {
        assertThat(List.of(1L, 3L, 11L, 330L, 1100L, 2970L, 4400L, 66000L)).extracting(Charts::axisTop)
                .containsExactly(2L, 5L, 20L, 500L, 2000L, 5000L, 5000L, 100000L);
    }

    @Test
    void unknownExtensionsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> BriefFormat.of(Path.of("brief.txt"))).hasMessageContaining("must end in .html, .pdf or .md");
    }
}
