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

    private static List<String> words(String command) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(command);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return out;
    }
}
