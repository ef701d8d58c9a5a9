package org.reckon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.store.LedgerLocation;
import org.reckon.store.TestLedgers;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The ledger commands through {@link Main#run}, written once and run on SQLite
 * ({@link SqliteLedgerCliTest}) and PostgreSQL ({@link PostgresLedgerCliTest}).
 */
abstract class LedgerCliContract {
    static final Path SEED = Path.of("..", "..", "shared", "seeds", "000_95e5ba3318a3c9c3.txt");
    static final Path EXAMPLES = Path.of("..", "examples");
    static final String SEED_ABSENT = "skipped: the seed report is a published article kept in ../shared/seeds beside the repository"
            + " on the development machine, never copied into it (a clone alone does not have it)";

    @TempDir
    Path dir;

    String db;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    abstract String freshDb(Path dir) throws SQLException;

    @BeforeEach
    void create() throws SQLException {
        db = freshDb(dir);
    }

    @AfterEach
    void drop() throws SQLException {
        TestLedgers.drop(LedgerLocation.of(db));
    }

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.add(1, "--db");
        all.add(2, db);
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
    }

    JsonNode json() throws IOException {
        return new ObjectMapper().readTree(out.toString());
    }

    long count(String table) throws SQLException {
        return TestLedgers.count(LedgerLocation.of(db), "SELECT COUNT(*) FROM " + table);
    }

    private Path corpusFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("reports/nested"));
        Files.copy(EXAMPLES.resolve("reports.jsonl"), folder.resolve("reports.jsonl"));
        Files.writeString(dir.resolve("reports/border.txt"), "Border clash\n\nJune 2, 2024\n\nFive soldiers were killed, the ministry said Monday.");
        Files.writeString(dir.resolve("reports/notes.csv"), "not,a,report");
        if (Files.exists(SEED)) {
            Files.copy(SEED, dir.resolve("reports/seed.txt"));
        }
        return dir.resolve("reports");
    }

    @Test
    void ingestingAFolderTwiceLeavesTheCountsUnchanged() throws Exception {
        Path folder = corpusFolder();
        assertThat(run("ingest", folder.toString())).isZero();
        assertThat(out.toString()).containsPattern("\\d+ new reports?, 0 duplicates,");
        long reports = count("reports");
        long claims = count("claims");
        long estimates = count("estimates");
        assertThat(reports).isGreaterThanOrEqualTo(4);
        assertThat(claims).isPositive();
        assertThat(run("ingest", folder.toString())).isZero();
        assertThat(out.toString()).contains("nothing new").contains(reports + " reports are already in");
        assertThat(count("reports")).isEqualTo(reports);
        assertThat(count("claims")).isEqualTo(claims);
        assertThat(count("estimates")).isEqualTo(estimates);
    }

    @Test
    void estimatesForNorthKoreaShowTheNisSeriesOfTheSeedReportWithItsCitations() throws Exception {
        assumeTrue(Files.exists(SEED), SEED_ABSENT);
        assertThat(run("ingest", corpusFolder().toString())).isZero();
        assertThat(run("estimates", "--party", "North Korea", "--json")).isZero();
        JsonNode result = json();
        assertThat(result.get("party").asText()).isEqualTo("North Korea");
        for (String[] expected : new String[][] {{"killed", "300"}, {"wounded", "2700"}}) {
            JsonNode nis = series(result, expected[0], "National Intelligence Service");
            JsonNode seed = null;
            for (JsonNode e : nis.get("timeline")) {
                if (e.get("first_claimed").asText().equals("2025-01-13")) {
                    seed = e;
                }
            }
            assertThat(seed).as(expected[0] + " of 2025-01-13").isNotNull();
            assertThat(seed.get("best").asText()).isEqualTo(expected[1]);
            assertThat(nis.get("affiliation").asText()).isEqualTo("South Korea");
            // The bundled examples give the same figures the same day (via another lawmaker): one estimate, two citations.
            JsonNode citation = null;
            for (JsonNode c : seed.get("citations")) {
                if (c.get("report").asText().equals("seed.txt")) {
                    citation = c;
                }
            }
            assertThat(citation).as("the seed's citation of " + expected[0]).isNotNull();
            assertThat(citation.get("chain").asText()).isEqualTo("National Intelligence Service -> Lee Seong-kweun");
            assertThat(citation.get("evidence").asText()).contains("300 North Korean soldiers");
        }
        assertThat(run("estimates", "--party", "north korea", "--metric", "killed")).isZero();
        String byName = out.toString();
        assertThat(byName).contains("National Intelligence Service").contains("at least 300").contains("consensus");
        assertThat(run("estimates", "--party", "DPRK", "--metric", "killed")).isZero();
        assertThat(out.toString()).as("an alias means its party").isEqualTo(byName);
        assertThat(run("claims", "--party", "Pyongyang", "--metric", "killed", "--json")).isZero();
        assertThat(json()).isNotEmpty().allSatisfy(c -> assertThat(c.get("party").asText()).isEqualTo("North Korea"));
    }

    static final Path STORY = Path.of("..", "reckon-store", "src", "test", "resources", "story", "north-korea-kursk.extracted.jsonl");

    @Test
    void estimatesOfTheStoryShowRolesVoicesAndWhatWasLeftOutAsOfADay() throws Exception {
        assertThat(run("load-spark", STORY.toString())).as(err.toString()).isZero();

        assertThat(run("estimates", "--party", "North Korea", "--metric", "killed", "--role", "military", "--json")).isZero();
        JsonNode killed = json().get("metrics").get(0);
        assertThat(killed.get("role").asText()).isEqualTo("military");
        JsonNode consensus = killed.get("consensus");
        assertThat(consensus.get("low").asLong()).isEqualTo(600);
        assertThat(consensus.get("best").asLong()).isEqualTo(800);
        assertThat(consensus.get("high").asLong()).isEqualTo(1000);
        assertThat(consensus.get("as_of").asText()).isEqualTo("2025-03-10");
        assertThat(consensus.get("voices")).extracting(v -> v.get("source").asText() + " " + v.get("claimed_on").asText())
                .containsExactlyInAnyOrder("National Intelligence Service 2025-02-27", "Main Intelligence Directorate 2025-03-10");
        assertThat(consensus.get("not_counted")).extracting(v -> v.get("source").asText())
                .containsExactlyInAnyOrder("Pentagon", "Rybar");
        assertThat(killed.get("separate").get(0).get("reason").asText()).startsWith("held back");

        assertThat(run("estimates", "--party", "North Korea", "--metric", "killed", "--stale-after", "100")).isZero();
        assertThat(out.toString()).contains("killed / military").contains("counted: Pentagon").contains("not counted: Rybar")
                .contains("undated");
        assertThat(run("estimates", "--party", "North Korea", "--metric", "killed", "--as-of", "2025-02-28", "--json")).isZero();
        assertThat(json().get("metrics").get(0).get("consensus").get("best").asLong()).isEqualTo(350);
        assertThat(run("estimates", "--party", "North Korea", "--role", "civilian", "--json")).isZero();
        assertThat(json().get("metrics")).isEmpty();
        assertThat(run("estimates", "--party", "North Korea", "--role", "sailors")).isEqualTo(2);
        assertThat(err.toString()).contains("--role").contains("sailors");
    }

    @Test
    void sourcesMergeIsRecordedReversibleAndEstimatesFollow() throws Exception {
        assertThat(run("load-spark", STORY.toString())).as(err.toString()).isZero();
        assertThat(run("sources", "--merge", "lawmakers (South Korea)", "National Intelligence Service")).as(err.toString()).isZero();
        assertThat(run("sources")).isZero();
        assertThat(out.toString()).contains("lawmakers (South Korea) -> National Intelligence Service")
                .as("a name the lexicon knows as an alias is filed under its body at ingest").doesNotContain("Defense Department")
                .containsPattern("Pentagon +military +United States +2 ");
        assertThat(run("estimates", "--party", "North Korea", "--metric", "wounded", "--json")).isZero();
        assertThat(json().get("metrics").get(0).get("series")).extracting(s -> s.get("source").asText())
                .containsExactly("National Intelligence Service");
        assertThat(run("sources", "--unmerge", "lawmakers (South Korea)")).isZero();
        assertThat(run("estimates", "--party", "North Korea", "--metric", "wounded", "--json")).isZero();
        assertThat(json().get("metrics").get(0).get("series")).hasSize(2);
        assertThat(run("sources", "--merges")).isZero();
        assertThat(out.toString()).contains("merge   lawmakers (South Korea) -> National Intelligence Service").contains("unmerge lawmakers (South Korea)");
        assertThat(run("sources", "--merge", "lawmakers (South Korea)", "Nobody We Know")).isEqualTo(2);
        assertThat(err.toString()).contains("no source named 'Nobody We Know'");
    }

    private static JsonNode series(JsonNode result, String metric, String source) {
        for (JsonNode m : result.get("metrics")) {
            if (m.get("metric").asText().equals(metric)) {
                for (JsonNode s : m.get("series")) {
                    if (s.get("source").asText().equals(source)) {
                        return s;
                    }
                }
            }
        }
        throw new AssertionError("no " + source + " series for " + metric + " in " + result);
    }

    @Test
    void briefOnNorthKoreaCreditsTheSeedFiguresToTheNisViaLeeAndListsItsAssessments() throws Exception {
        assumeTrue(Files.exists(SEED), SEED_ABSENT);
        assertThat(run("ingest", corpusFolder().toString())).isZero();
        String seedHeadline = Files.readAllLines(SEED).get(0).strip();
        Path pdf = dir.resolve("brief.pdf");
        assertThat(run("brief", "--party", "North Korea", "--as-of", "2025-01-13", "--out", pdf.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("wrote " + pdf);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        text = text.replace("- ", "-");
        // The bundled examples give the same figures the same day through another lawmaker: both relays are named.
        assertThat(text).containsPattern("The latest figure from the National Intelligence Service is at least 300 killed, given on 13 January"
                        + " 2025 and relayed by [^.]*Lee Seong-kweun")
                .containsPattern("The latest figure from the National Intelligence Service is about 2,700 wounded, given on 13 January"
                        + " 2025 and relayed by [^.]*Lee Seong-kweun")
                .contains(seedHeadline.replaceAll("\\s+", " ") + ", 2025-01-13");
        String statements = text.substring(text.indexOf(" Statements "), text.indexOf(" Sources "));
        String nis = statements.substring(statements.indexOf("National Intelligence Service "));
        assertThat(nis).contains("massive casualties").contains("kill themselves");
        String zelenskyy = statements.substring(statements.indexOf("Volodymyr Zelenskyy "));
        assertThat(zelenskyy).contains("remain in Ukraine").contains("in exchange for");
        assertThat(statements).doesNotContain("Also said in the same reports");

        Path html = dir.resolve("brief.html");
        assertThat(run("brief", "--party", "North Korea", "--as-of", "2025-01-13", "--out", html.toString())).as(err.toString()).isZero();
        String page = Files.readString(html);
        for (String metric : new String[] {"killed", "wounded"}) {
            org.jsoup.nodes.Element section = org.jsoup.Jsoup.parse(page).selectFirst("section[data-metric=" + metric + "]");
            assertThat(section.select("div.chart svg")).as(metric + " chart").hasSize(1);
            assertThat(section.select("ul.legend li")).as(metric + " legend: one line per source in the table")
                    .hasSameSizeAs(section.select("table.figures tbody tr"));
        }
        Path md = dir.resolve("md/brief.md");
        assertThat(run("brief", "--party", "North Korea", "--out", md.toString())).as(err.toString()).isZero();
        assertThat(Files.readString(md)).contains("Lee Seong-kweun").contains("kill themselves").contains("![killed (military) by source over time](brief-killed-military.png)");
        assertThat(dir.resolve("md/brief-killed-military.png")).isRegularFile();
        assertThat(run("brief", "--party", "North Korea", "--out", dir.resolve("brief.txt").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("must end in .html, .pdf or .md");
    }

    @Test
    void statementsAreSearchedByWordsSideAndSource() throws Exception {
        Path in = dir.resolve("said.jsonl");
        Files.writeString(in, "{\"id\":\"s1\",\"published\":\"2025-03-05\",\"outlet\":\"Wire\",\"title\":\"Front and talks\","
                + "\"text\":\"Front and talks\\n\\nThe General Staff of Ukraine's armed forces said Russian troops were short of "
                + "shells near Pokrovsk. The Kremlin said on Tuesday that talks in Istanbul had stalled.\"}\n", StandardCharsets.UTF_8);
        assertThat(run("ingest", in.toString())).isZero();
        assertThat(run("statements", "SHELLS", "pokrovsk")).as(err.toString()).isZero();
        assertThat(out.toString()).as("the body as the report names it").contains("2025-03-05  General Staff of Ukraine's Armed Forces  about Russia")
                .contains("short of shells near Pokrovsk").contains("-- Front and talks, Wire, 2025-03-05").doesNotContain("Istanbul");
        assertThat(run("statements", "--source", "kremlin", "--json")).isZero();
        JsonNode kremlin = json();
        assertThat(kremlin).hasSize(1);
        assertThat(kremlin.get(0).get("evidence").asText()).contains("talks in Istanbul had stalled");
        assertThat(run("statements", "--party", "Russia", "--until", "2025-03-04")).isZero();
        assertThat(out.toString()).contains("no statements match");
        assertThat(run("statements", "--since", "March")).isEqualTo(2);
        assertThat(err.toString()).contains("--since").contains("expected a date YYYY-MM-DD, got 'March'");
    }

    @Test
    void twoNearIdenticalCopiesFromTwoOutletsYieldOneEstimateWithTwoCitations() throws Exception {
        String story = "Clashes in Darfur\\n\\nEL FASHER, March 3 -- At least 27 Sudanese civilians were killed when shells hit a "
                + "crowded market in El Fasher on Sunday, the Sudan Doctors Network said. The group said the shelling came from "
                + "positions held by the Rapid Support Forces east of the city, and that medical teams were struggling to reach "
                + "the wounded because the roads into the market were closed by fighting that continued into the night.";
        Path in = dir.resolve("copies.jsonl");
        Files.writeString(in, String.join("\n",
                "{\"id\":\"a\",\"published\":\"2025-03-03\",\"outlet\":\"Daily One\",\"text\":\"" + story + "\"}",
                "{\"id\":\"b\",\"published\":\"2025-03-04\",\"outlet\":\"Evening Two\",\"text\":\"" + story + "\\n\\nReporting by staff.\"}"),
                StandardCharsets.UTF_8);
        assertThat(run("ingest", in.toString())).isZero();
        assertThat(out.toString()).contains("2 new reports").contains("1 syndicated copy ");
        assertThat(count("reports WHERE syndicated_with IS NOT NULL")).isEqualTo(1);
        assertThat(run("estimates", "--party", "Sudan", "--metric", "killed", "--json")).isZero();
        JsonNode killed = json().get("metrics").get(0);
        List<JsonNode> all = new ArrayList<>();
        killed.get("series").forEach(s -> s.get("timeline").forEach(all::add));
        killed.get("separate").forEach(all::add);
        assertThat(all).hasSize(1);
        assertThat(all.get(0).get("citations")).hasSize(2);
        List<String> outlets = new ArrayList<>();
        all.get(0).get("citations").forEach(c -> outlets.add(c.get("outlet").asText()));
        assertThat(outlets).containsExactly("Daily One", "Evening Two");
    }

    @Test
    void badInputIsOneLineNamingItAndTheRestIsStored() throws Exception {
        Path in = dir.resolve("mixed.jsonl");
        Files.writeString(in, "{\"id\":\"ok\",\"text\":\"Two soldiers were wounded, the army said.\"}\nnot json at all\n");
        assertThat(run("ingest", in.toString(), dir.resolve("missing.txt").toString())).isEqualTo(1);
        String[] errors = err.toString().strip().split("\n");
        assertThat(errors).hasSize(2);
        assertThat(errors[0]).contains("mixed.jsonl:2");
        assertThat(errors[1]).contains("missing.txt");
        assertThat(out.toString()).contains("1 new report,").contains("2 failures");
        assertThat(count("reports")).isEqualTo(1);
    }

    @Test
    void claimsSourcesShowAndExportReadTheLedger() throws Exception {
        Files.createDirectories(dir.resolve("one"));
        Files.copy(EXAMPLES.resolve("reports.jsonl"), dir.resolve("one/reports.jsonl"));
        assertThat(run("ingest", dir.resolve("one").toString())).isZero();
        assertThat(run("claims", "--party", "North Korea", "--metric", "killed", "--json")).isZero();
        JsonNode claims = json();
        assertThat(claims).isNotEmpty();
        long id = claims.get(0).get("id").asLong();
        assertThat(run("claims", "--source", "intelligence", "--since", "2025-01-01", "--text", "soldiers killed")).isZero();
        assertThat(out.toString()).contains("National Intelligence Service");
        assertThat(run("claims", "--since", "yesterday")).isEqualTo(2);
        assertThat(run("sources", "--json")).isZero();
        assertThat(json().toString()).contains("National Intelligence Service");
        assertThat(run("show", String.valueOf(id))).isZero();
        assertThat(out.toString()).contains("[[300]]").contains("Example Wire").contains("citation");
        assertThat(run("show", "999999")).isEqualTo(1);
        Path csv = dir.resolve("claims.csv");
        assertThat(run("export", "--format", "csv", "--out", csv.toString())).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).contains("low,best,high").contains("source_article").contains("source_original");
        assertThat(run("export", "--format", "jsonl")).isZero();
        assertThat(out.toString().strip().split("\n")).hasSize((int) count("claims"));
    }

    @Test
    void feedsAndWarcFilesAreReports() throws Exception {
        Path feed = Files.writeString(dir.resolve("news.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Frontline Feed</title><link>https://feed.example</link><description>d</description>
                <item><title>Shelling in Kharkiv</title><link>https://feed.example/1</link>
                <pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate>
                <description>&lt;p&gt;Four Ukrainian civilians were killed in Kharkiv, the regional governor said on Monday.&lt;/p&gt;</description></item>
                </channel></rss>
                """);
        String html = "<html><head><title>Ambush</title></head><body><article><h1>Ambush near Gao</h1>"
                + "<p>March 4, 2025</p><p>Twelve Malian soldiers were killed in an ambush near Gao, the army said.</p></article></body></html>";
        Path warc = dir.resolve("crawl.warc");
        Files.write(warc, Warcs.response("https://news.example/ambush", html));
        assertThat(run("ingest", feed.toString(), warc.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("2 new reports");
        assertThat(run("claims", "--json")).isZero();
        String all = out.toString();
        assertThat(all).contains("Frontline Feed").contains("news.example").contains("Kharkiv").contains("Gao");
    }
}
