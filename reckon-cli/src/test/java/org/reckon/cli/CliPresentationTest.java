package org.reckon.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person reads at a terminal: figures in words, plurals, aligned tables, suggestions, facts about report files. */
class CliPresentationTest {
    static final Path STORY = Path.of("..", "reckon-store", "src", "test", "resources", "story", "north-korea-kursk.extracted.jsonl");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void estimatesReadLikeAReportWithThousandsSeparatorsQualifierWordsAndTruePlurals() {
        String db = dir.resolve("story.db").toString();
        assertThat(run("load-spark", "--db", db, STORY.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("reckon: 8 new reports, 0 duplicates,");
        assertThat(run("estimates", "--db", db, "--party", "North Korea")).as(err.toString()).isZero();
        String printed = out.toString();
        assertThat(printed).contains("counted: Main Intelligence Directorate, about 1,000 (2025-03-10)")
                .contains("(2 independent voices)").contains("at least 300").containsPattern("about 1,000 +cumulative +2 citations +latest")
                .containsPattern("\\b1 citation\\b")
                .doesNotContain("(s)").doesNotContain("~").doesNotContain(">=");
    }

    @Test
    void aMistypedCommandOrOptionGetsTheClosestNames() {
        assertThat(run("estimate", "--party", "X")).isEqualTo(2);
        assertThat(run("extract", "--prety")).isEqualTo(2);
        String[] lines = err.toString().strip().split("\n");
        assertThat(lines[0]).startsWith("reckon: ").contains("'estimate'").contains("did you mean estimates?");
        assertThat(lines[1]).startsWith("reckon extract: ").contains("'--prety'").contains("did you mean --pretty?");
    }

    @Test
    void longCellsWrapUnderTheirOwnColumn() {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s, true);
        TextTable table = new TextTable("  ", 6, 12, 20);
        table.row(w, "ID", "FIGURE", "SOURCE");
        table.row(w, "7", "about 2,700", "National Intelligence Service -> Lee Seong-kweun -> Yonhap");
        List<String> lines = s.toString().lines().toList();
        int sourceColumn = lines.get(0).indexOf("SOURCE");
        assertThat(lines.get(1).indexOf("National")).isEqualTo(sourceColumn);
        assertThat(lines.subList(2, lines.size())).as("the chain goes on under its column").hasSizeGreaterThan(1)
                .allSatisfy(l -> assertThat(l).startsWith(" ".repeat(sourceColumn)).doesNotStartWith(" ".repeat(sourceColumn + 1)));
        assertThat(String.join(" ", lines.subList(1, lines.size())).replaceAll("\\s+", " "))
                .endsWith("National Intelligence Service -> Lee Seong-kweun -> Yonhap");
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(sourceColumn + 20));
    }

    @Test
    void aTextReportTakesItsDayOutletAndTitleFromTheCommandLineAndItsDatelineTheYear() throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"),
                "SEOUL, Feb. 10 -- About 600 North Korean soldiers have been killed in Kursk, South Korea's spy agency said on Monday.\n");
        String db = dir.resolve("facts.db").toString();
        assertThat(run("ingest", "--db", db, "--published", "2025", "--outlet", "Example Wire", "--title", "Spy agency count",
                story.toString())).as(err.toString()).isZero();
        Path csv = dir.resolve("claims.csv");
        assertThat(run("export", "--db", db, "--format", "csv", "--out", csv.toString())).as(err.toString()).isZero();
        String exported = Files.readString(csv);
        assertThat(exported).contains("Spy agency count").contains("Example Wire").contains("2025-02-10");
        assertThat(run("ingest", "--db", db, "--published", "soon", story.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--published: expected a day as YYYY-MM-DD or a year as YYYY, got 'soon'");
    }
}
