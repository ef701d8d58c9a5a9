package org.reckon.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's worked review example: on the story ledger, each command it shows runs and prints
 * the lines shown under it, and the undo the text describes restores the consensus.
 */
class ReviewReadmeTest {
    @TempDir
    Path dir;

    private String run(String command) {
        List<String> args = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(command.strip().replaceFirst("^bin/reckon ", ""));
        while (m.find()) {
            args.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        args.replaceAll(a -> a.equals("story.db") ? dir.resolve("story.db").toString()
                : a.startsWith("reckon-store/") ? Path.of("..").resolve(a).toString() : a);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        assertThat(code).as(command + ": " + err).isZero();
        return out.toString();
    }

    @Test
    void theWorkedReviewExamplePrintsWhatTheReadmeShows() throws Exception {
        List<String> readme = Files.readAllLines(Path.of("..", "README.md"));
        run(readme.stream().filter(l -> l.startsWith("    bin/reckon load-spark --db story.db ")).findFirst().orElseThrow());
        int at = 0;
        while (!readme.get(at).startsWith("    bin/reckon review correct 10 --db story.db")) {
            at++;
        }
        String printed = "";
        int commands = 0;
        int checked = 0;
        for (; at < readme.size() && (readme.get(at).startsWith("    ") || readme.get(at).isEmpty()); at++) {
            String line = readme.get(at);
            if (line.startsWith("    bin/reckon ")) {
                printed = run(line);
                commands++;
            } else if (!line.isBlank()) {
                assertThat(printed.lines().map(String::strip).toList()).as("the README shows it").contains(line.strip());
                checked++;
            }
        }
        assertThat(commands).isEqualTo(4);
        assertThat(checked).isGreaterThanOrEqualTo(8);
        assertThat(run("show 10 --db story.db")).contains("correct by ana; claimed_on - -> 2025-03-05;"
                + " unreviewed -> corrected: \"the post is dated 5 March\"");
        assertThat(run("review undo 1 --db story.db --as ana")).contains("action 4: claim 10 back to unreviewed by ana, undoing action 1");
        assertThat(run("estimates --db story.db --party \"North Korea\" --metric killed"))
                .contains("consensus as of 2025-03-10: low 600  best 800  high 1,000");
    }
}
