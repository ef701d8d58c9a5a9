package org.reckon.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.reckon.io.ReportReader;
import org.reckon.model.Metric;
import org.reckon.model.Qualifier;
import org.reckon.model.Report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads gold JSONL files: reports (spec section 1) with a {@code claims} array (section 8). */
public final class GoldReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldReader() {}

    public static List<GoldReport> read(Path file) throws IOException {
        List<GoldReport> out = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(parse(JSON.readTree(line), number));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(file + ":" + number + ": bad gold line: " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static GoldReport parse(JsonNode n, int number) {
        String id = n.hasNonNull("id") ? n.get("id").asText() : "line-" + number;
        Report report = new Report(id, n.get("text").asText(), text(n, "title"),
                ReportReader.parseDate(text(n, "published")), text(n, "url"), text(n, "outlet"));
        List<GoldClaim> claims = new ArrayList<>();
        for (JsonNode c : n.path("claims")) {
            claims.add(new GoldClaim(
                    metrics(c.get("metric")),
                    strings(c.get("party")),
                    longOrNull(c.get("low")),
                    longOrNull(c.get("high")),
                    Qualifier.fromWire(c.path("qualifier").asText("exact")),
                    strings(c.get("source")),
                    c.path("optional").asBoolean(false),
                    evidenceOrNote(c)));
        }
        return new GoldReport(report, claims);
    }

    /** One metric, or a list of acceptable metrics (spec section 8). */
    private static List<Metric> metrics(JsonNode n) {
        if (n == null || n.isNull()) {
            throw new IllegalArgumentException("claim without a metric");
        }
        return strings(n).stream().map(Metric::fromWire).toList();
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isTextual()) {
            out.add(n.asText());
            return out;
        }
        for (JsonNode v : n) {
            if (!v.isNull()) {
                out.add(v.asText());
            }
        }
        return out;
    }

    /** Gold files that give no evidence sentence may give an annotator's note, which is what a reader of a miss needs. */
    private static String evidenceOrNote(JsonNode c) {
        String evidence = text(c, "evidence");
        String note = text(c, "note");
        return evidence != null || note == null ? evidence : "note: " + note;
    }

    private static Long longOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asLong();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
