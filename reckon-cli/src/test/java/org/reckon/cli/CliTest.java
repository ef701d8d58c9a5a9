package org.reckon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line through its real entry point, {@link Main#run}. */
class CliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private List<JsonNode> outputLines() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                nodes.add(json.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void extractWritesOneLinePerReportInInputOrder(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("reports.jsonl");
        Files.writeString(in, String.join("\n",
                "{\"id\":\"first\",\"published\":\"2024-11-04\",\"text\":\"About 40 Russian soldiers were killed near Kupiansk, Ukraine's army said on Sunday.\"}",
                "{\"id\":\"second\",\"published\":\"2024-11-04\",\"text\":\"The council met to discuss the budget.\"}",
                "{\"id\":\"third\",\"published\":\"2024-11-04\",\"text\":\"Gunmen killed 7 villagers in Zamfara, police said.\"}"), StandardCharsets.UTF_8);
        int code = run("extract", "--threads", "2", in.toString());
        assertThat(code).isZero();
        List<JsonNode> lines = outputLines();
        assertThat(lines).extracting(n -> n.get("id").asText()).containsExactly("first", "second", "third");
        JsonNode claim = lines.get(0).get("claims").get(0);
        assertThat(claim.get("metric").asText()).isEqualTo("killed");
        assertThat(claim.get("party").asText()).isEqualTo("Russia");
        assertThat(claim.get("qualifier").asText()).isEqualTo("approx");
        assertThat(claim.get("claimed_on").asText()).isEqualTo("2024-11-03");
        assertThat(claim.get("evidence").get("start").asInt()).isZero();
        assertThat(lines.get(1).get("claims")).isEmpty();
    }

    @Test
    void badReportsAreReportedOnStderrAndTheRestStillRun(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("mixed.jsonl");
        Files.writeString(in, "{\"id\":\"ok\",\"text\":\"Two soldiers were wounded, the army said.\"}\nnot json at all\n{\"id\":\"no-text\"}\n");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        int code = run("extract", in.toString(), empty.toString(), dir.resolve("missing.txt").toString());
        assertThat(code).isEqualTo(1);
        assertThat(outputLines()).extracting(n -> n.get("id").asText()).containsExactly("ok");
        String[] errors = err.toString().strip().split("\n");
        assertThat(errors).hasSize(4);
        assertThat(errors[0]).contains("mixed.jsonl:2").contains("not a JSON object");
        assertThat(errors[1]).contains("mixed.jsonl:3").contains("no \"text\"");
        assertThat(errors[2]).contains("empty.txt").contains("empty");
        assertThat(errors[3]).contains("missing.txt").contains("no such file");
    }

    @Test
    void prettyPrintsATableForAPerson(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("story.txt"), "Border clash\n\nJune 2, 2024\n\nFive soldiers were killed, the ministry said Monday.");
        assertThat(run("extract", "--pretty", in.toString())).isZero();
        assertThat(out.toString()).contains("story.txt").contains("killed").contains("ministry");
    }

    @Test
    void badUsageExitsWithTwo() {
        assertThat(run("extract", "--threads", "lots")).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString().strip().split("\n")).as("one line per mistake, naming it")
                .containsExactly("reckon extract: Invalid value for option '--threads': 'lots' is not an int (see reckon extract --help)",
                        "reckon: Unmatched argument at index 0: 'frobnicate' (see reckon --help)");
    }

    @Test
    void evalPrintsTheFourFiguresAndTheMisses(@TempDir Path dir) throws IOException {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\":\"g1\",\"published\":\"2024-05-01\",\"text\":\"Militants killed 12 soldiers in Borno, the army said. "
                + "Separately, 30 people were arrested.\",\"claims\":[{\"metric\":\"killed\",\"party\":[\"Nigeria\"],\"low\":12,\"high\":12,"
                + "\"qualifier\":\"exact\",\"source\":[\"army\"],\"optional\":false},{\"metric\":\"wounded\",\"party\":[\"Nigeria\"],\"low\":5,"
                + "\"high\":5,\"qualifier\":\"exact\",\"source\":[],\"optional\":false,\"evidence\":\"made-up miss\"}]}\n");
        assertThat(run("eval", "--gold", gold.toString())).isZero();
        String printed = out.toString();
        assertThat(printed).contains("precision  1.000").contains("recall     0.500").contains("attribution accuracy  1.000")
                .contains("FN g1  wounded / nigeria / 5").contains("made-up miss");
    }
}
