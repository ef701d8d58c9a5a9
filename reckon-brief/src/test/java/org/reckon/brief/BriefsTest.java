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
    /** Long enough that a legend which cuts names short would show. */
    private static final String GUR_NAME = "Main Directorate of Intelligence of the Ministry of Defence of Ukraine";
    private static final Source GUR = Source.of(GUR_NAME, SourceKind.INTELLIGENCE, "Ukraine");

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
                .containsExactlyInAnyOrder("National Intelligence Service", GUR_NAME);
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
        assertThat(org.jsoup.Jsoup.parse(Html.render(b)).select("section[data-metric=killed] h2").text()).isEqualTo("Killed (military)");
    }

    @Test
    void changesSinceADayListNewAndRevisedFigures() throws Exception {
        Brief b = Briefs.build(ledger, "North Korea", null, LocalDate.parse("2025-02-01"));
        assertThat(b.changes()).extracting(Brief.Change::metric).containsExactlyInAnyOrder("killed", "killed", "captured");
        Brief.Change revised = b.changes().stream().filter(c -> c.previous() != null).findFirst().orElseThrow();
        assertThat(revised.figure().figure()).isEqualTo("600");
        assertThat(revised.previous()).isEqualTo("at least 300 (2025-01-13)");
        assertThat(b.changes().stream().filter(c -> c.previous() == null && c.metric().equals("killed")).findFirst().orElseThrow().figure().source())
                .isEqualTo(GUR_NAME);
    }

    @Test
    void statementsAreGroupedBySourceNewestFirst() throws Exception {
        Brief b = Briefs.build(ledger, "North Korea", null, null);
        assertThat(b.statements()).extracting(Brief.SourceStatements::source)
                .containsExactly(GUR_NAME, "National Intelligence Service");
        Brief.Said said = b.statements().get(1).said().get(0);
        assertThat(said.via()).isEqualTo("Lee Seong-kweun");
        assertThat(b.footnotes().get(said.notes().get(0) - 1).outlet()).isEqualTo("Yonhap");
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
        assertThat(Files.readString(file)).contains("… and 1 earlier statement from this source, not quoted here.")
                .doesNotContain("lack of understanding").doesNotContain("reckon statements");
    }

    @Test
    void aStatementReprintedInAnotherReportIsOneLineWithBothFootnotesDatedWhenFirstSaid() throws Exception {
        store(new ReportWriter(ledger), "w1", "Agency on rotation", "Example Wire", "2025-03-02", List.of(), List.of(
                new Statement(NIS, "North Korea", LocalDate.parse("2025-03-02"), new Evidence("The NIS said the troops were rotated.", 0, 37))));
        store(new ReportWriter(ledger), "w2", "Agency on rotation (reprint)", "Evening Paper", "2025-03-03", List.of(), List.of(
                new Statement(NIS, "North Korea", LocalDate.parse("2025-03-03"), new Evidence("The NIS  said the troops were rotated.", 0, 38))));
        Brief b = Briefs.build(ledger, "North Korea", null, null, 0);
        Brief.SourceStatements nis = b.statements().stream().filter(s -> s.source().startsWith("National")).findFirst().orElseThrow();
        List<Brief.Said> rotated = nis.said().stream().filter(s -> s.text().contains("rotated")).toList();
        assertThat(rotated).hasSize(1);
        assertThat(rotated.get(0).claimedOn()).isEqualTo("2025-03-02");
        assertThat(rotated.get(0).notes()).extracting(n -> b.footnotes().get(n - 1).outlet())
                .containsExactlyInAnyOrder("Example Wire", "Evening Paper");
        Path file = dir.resolve("reprint.md");
        BriefFormat.MARKDOWN.write(b, file);
        assertThat(Files.readString(file)).containsOnlyOnce("troops were rotated");
    }

    @Test
    void htmlHasOneChartSeriesPerSourceAndEveryFootnote() throws Exception {
        Path file = dir.resolve("brief.html");
        Brief b = Briefs.build(ledger, "North Korea", null, LocalDate.parse("2025-02-01"));
        assertThat(BriefFormat.of(file).write(b, file)).containsExactly(file);
        String html = Files.readString(file);
        org.jsoup.nodes.Element killed = org.jsoup.Jsoup.parse(html).selectFirst("section[data-metric=killed]");
        assertThat(killed.select("div.chart svg")).hasSize(1);
        assertThat(killed.select("ul.legend li")).extracting(org.jsoup.nodes.Element::text)
                .containsExactly("National Intelligence Service", GUR_NAME);
        assertThat(killed.select("table.figures tbody tr").get(0).select("td")).extracting(org.jsoup.nodes.Element::text)
                .containsExactly("National Intelligence Service[1]", "600", "20 Feb 2025", "Lee Seong-kweun", "at least 300 (13 Jan 2025)", "+300");
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
                .contains("Chart lines: National Intelligence Service (blue); " + GUR_NAME + " (red)")
                .contains("| National Intelligence Service[^1] | 600 | 20 Feb 2025 | Lee Seong-kweun | at least 300 (13 Jan 2025) | +300 |")
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
    void thePdfReadsBackWithTitleBlockSummarySentencesTablesAndFullLegendNames() throws Exception {
        Path file = dir.resolve("brief.pdf");
        BriefFormat.PDF.write(Briefs.build(ledger, "North Korea", null, null), file);
        Files.createDirectories(Path.of("target"));
        Files.copy(file, Path.of("target/brief-sample.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            // A name may break at its hyphen in a narrow column ("Lee Seong-" / "kweun"): read it back whole.
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ").replace("- ", "-");
            assertThat(text).as("title block").contains("North Korea Casualty figures as of 21 February 2025")
                    .contains("The ledger holds figures on North Korea from 4 reports and 2 sources, claimed between 13 January 2025"
                            + " and 21 February 2025.")
                    .containsPattern("Generated \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d\\d:\\d\\d UTC");
            assertThat(text).as("summary sentences")
                    .contains("The latest figure from the National Intelligence Service is about 2,700 wounded, given on 13 January 2025"
                            + " and relayed by Lee Seong-kweun.")
                    .contains("The National Intelligence Service raised its estimate from at least 300 on 13 January 2025 to 600 on"
                            + " 20 February 2025.")
                    .contains("The 2 independent voices range from 600 (the National Intelligence Service) to 1,000 (the " + GUR_NAME + ")");
            assertThat(text).as("a table per metric").contains("Source Latest figure Date Via Previous Change")
                    .contains("National Intelligence Service[1] 600 20 Feb 2025 Lee Seong-kweun at least 300 (13 Jan 2025) +300");
            assertThat(text).as("the legend names each source in full").contains(GUR_NAME)
                    .doesNotContain("…").doesNotContain("Headline").doesNotContain("reckon ");
        }
    }

    @Test
    void theChartsTimeAxisPlacesEachFigureInProportionToItsDate() throws Exception {
        Path file = dir.resolve("one-source.pdf");
        try (Ledger one = Ledger.open(dir.resolve("one.db").toString())) {
            ReportWriter w = new ReportWriter(one);
            String[] days = {"2025-01-13", "2025-02-20", "2025-06-30"};
            long[] figures = {300, 600, 2000};
            for (int i = 0; i < days.length; i++) {
                store(w, "r" + i, "Report " + i, "Yonhap", days[i], List.of(claim(Metric.KILLED, figures[i], Qualifier.EXACT, NIS, days[i])),
                        List.of());
            }
            BriefFormat.PDF.write(Briefs.build(one, "North Korea", null, null), file);
        }
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 100);
            ImageIO.write(page, "png", Path.of("target/one-source-page.png").toFile());
            List<Double> xs = PlotPixels.markerColumns(page, java.awt.Color.decode(Charts.COLOURS[0]));
            assertThat(xs).as("one marker or riser per figure").hasSize(3);
            double drawn = (xs.get(1) - xs.get(0)) / (xs.get(2) - xs.get(0));
            double days = (double) (LocalDate.parse("2025-02-20").toEpochDay() - LocalDate.parse("2025-01-13").toEpochDay())
                    / (LocalDate.parse("2025-06-30").toEpochDay() - LocalDate.parse("2025-01-13").toEpochDay());
            assertThat(drawn).as("38 of 168 days along, not half way").isCloseTo(days, org.assertj.core.data.Offset.offset(0.02));
        }
    }

    @Test
    void aChartDrawsTheSourcesWithTheMostFiguresAndSaysHowManyOnlyTheTableLists() throws Exception {
        ReportWriter w = new ReportWriter(ledger);
        for (int i = 0; i < Charts.MAX_SERIES + 2; i++) {
            Source s = Source.of("Monitor " + (char) ('A' + i), SourceKind.NGO, null);
            store(w, "m" + i, "Monitor " + i, "Wire", "2025-03-0" + (1 + i % 9),
                    List.of(claim(Metric.MISSING, 10 + i, Qualifier.EXACT, s, "2025-03-0" + (1 + i % 9))), List.of());
        }
        Brief.Headline missing = headline(Briefs.build(ledger, "North Korea", null, null), "missing");
        assertThat(missing.rows()).hasSize(Charts.MAX_SERIES + 2);
        assertThat(missing.chart().series()).hasSize(Charts.MAX_SERIES);
        assertThat(missing.chart().leftOut()).isEqualTo(2);
        assertThat(Html.render(Briefs.build(ledger, "North Korea", null, null)))
                .contains("The chart draws the 8 sources with the most figures; 2 others are in the table.");
    }

    @Test
    void aReportWithoutATitleIsFootnotedByItsFirstSentenceShortened() {
        assertThat(Footnotes.openingWords("Shelling hit the town overnight. Officials said more.")).isEqualTo("Shelling hit the town overnight.");
        assertThat(Footnotes.openingWords("Headline line\n\nBody text.")).isEqualTo("Headline line");
        String longSentence = "word ".repeat(40).strip() + ".";
        assertThat(Footnotes.openingWords(longSentence)).endsWith("…").hasSizeLessThanOrEqualTo(Footnotes.TITLE_CHARS);
    }

    @Test
    void theChartsValueAxisEndsOnARoundNumber() {
        assertThat(List.of(1L, 3L, 11L, 330L, 1100L, 2700L, 4400L, 66000L)).extracting(Charts::axisTop)
                .containsExactly(2L, 5L, 20L, 500L, 2000L, 5000L, 5000L, 100000L);
    }

    @Test
    void unknownExtensionsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> BriefFormat.of(Path.of("brief.txt"))).hasMessageContaining("must end in .html, .pdf or .md");
    }
}
