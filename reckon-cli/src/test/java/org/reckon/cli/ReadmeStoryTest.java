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
 * The README's story ("A story, as an analyst would write it down"): its two commands run, and
 * every consensus, voice and timeline line the README shows is what {@code reckon estimates} prints.
 */
class ReadmeStoryTest {
    @TempDir
    Path dir;

    @Test
    void theReadmesStoryPrintsWhatTheReadmeShows() throws Exception {
        List<String> readme = Files.readAllLines(Path.of("..", "README.md"));
        int load = indexOf(readme, "    bin/reckon load-spark --db story.db ");
        String printed = "";
        for (String command : List.of(readme.get(load), readme.get(load + 1))) {
            List<String> args = words(command.strip().replaceFirst("^bin/reckon ", ""));
            args.replaceAll(a -> a.equals("story.db") ? dir.resolve("story.db").toString()
                    : a.startsWith("reckon-store/") ? Path.of("..").resolve(a).toString() : a);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            assertThat(Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new)))
                    .as(command + ": " + err).isZero();
            printed = out.toString();
        }
        List<String> shown = new ArrayList<>();
        for (int i = load + 3; i < readme.size() && (readme.get(i).startsWith("    ") || readme.get(i).isEmpty()); i++) {
            String line = readme.get(i).strip();
            if (line.startsWith("consensus") || line.startsWith("counted:") || line.startsWith("not counted:")
                    || line.matches("(undated|\\d{4}-\\d{2}-\\d{2}) .*\\d citations?\\b.*") && !line.contains("held back")) {
                shown.add(line);
            }
        }
        assertThat(shown).hasSizeGreaterThan(8);
        List<String> lines = printed.lines().map(String::strip).toList();
        assertThat(lines).containsAll(shown);
        assertThat(printed).contains("special operations forces (Ukraine): held back: no span stated");
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starting with '" + prefix + "' in the README");
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
