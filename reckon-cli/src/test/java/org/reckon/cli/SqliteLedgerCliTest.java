package org.reckon.cli;

import org.junit.jupiter.api.Test;
import org.reckon.store.TestLedgers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger commands on an SQLite file. */
class SqliteLedgerCliTest extends LedgerCliContract {
    @Override
    String freshDb(Path dir) {
        return TestLedgers.sqlite(dir).url();
    }

    @Test
    void theReadmesMainJobCommandRuns() throws Exception {
        String line = Files.readAllLines(Path.of("..", "README.md")).stream()
                .filter(l -> l.startsWith("    bin/reckon ingest examples/")).findFirst().orElseThrow();
        String estimates = "";
        for (String command : line.strip().split("&&")) {
            List<String> args = words(command.strip().replaceFirst("^bin/reckon ", ""));
            args.replaceAll(a -> a.equals("examples/") ? EXAMPLES.toString() : a);
            assertThat(run(args.toArray(String[]::new))).as(command + ": " + err).isZero();
            estimates = out.toString();
        }
        assertThat(estimates).contains("North Korea").contains("National Intelligence Service").contains("consensus");
        List<String> readme = Files.readAllLines(Path.of("..", "README.md"));
        int shown = readme.indexOf("    == North Korea / killed / military");
        assertThat(shown).as("the README shows the newcomer command's output").isPositive();
        List<String> block = new ArrayList<>();
        for (int i = shown; i < readme.size() && readme.get(i).startsWith("    "); i++) {
            block.add(readme.get(i).substring(4));
        }
        assertThat(estimates.lines().toList()).as("what a newcomer sees is what the README shows").isEqualTo(block);
    }

    @Test
    void theBriefOfTheExamplesReadsBackFromItsPdfWithTitleBlockSummaryTablesAndLegend() throws Exception {
        assertThat(run("ingest", EXAMPLES.toString())).as(err.toString()).isZero();
        Path pdf = dir.resolve("examples-brief.pdf");
        assertThat(run("brief", "--party", "North Korea", "--out", pdf.toString())).as(err.toString()).isZero();
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ").replace("- ", "-");
        }
        assertThat(text).as("title block").startsWith("North Korea Casualty figures as of 10 March 2025")
                .contains("The ledger holds figures on North Korea from 5 reports and 3 sources, claimed between 13 January 2025"
                        + " and 10 March 2025.");
        assertThat(text).as("summary").contains("The latest figure from the National Intelligence Service is about 600 killed, given on"
                        + " 27 February 2025 and relayed by Park Jin-woo.")
                .contains("The National Intelligence Service raised its estimate from at least 300 on 13 January 2025 to about 600 on"
                        + " 27 February 2025.")
                .contains("Kept apart from the totals: special operations forces (Ukraine) reported 27 killed on 1 March 2025");
        assertThat(text).as("tables").contains("Source Latest figure Date Via Previous Change")
                .containsPattern("National Intelligence Service\\[\\d+]\\[\\d+] about 600 27 Feb 2025 Park Jin-woo at least 300 \\(13 Jan 2025\\) \\+300");
        assertThat(text).as("legend and footnotes").contains("Main Intelligence Directorate")
                .contains("Spy agency gives first count of North Korean losses in Kursk, Example Wire, 2025-01-13,"
                        + " https://example.org/wire/nis-first");
    }

    private static List<String> words(String command) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(command);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return out;
    }
}
