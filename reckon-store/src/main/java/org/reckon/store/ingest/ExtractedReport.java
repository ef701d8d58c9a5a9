package org.reckon.store.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.reckon.io.ClaimJson;
import org.reckon.io.ReportReader;
import org.reckon.model.Extraction;
import org.reckon.model.Report;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A report with its extraction, as one JSON line: {@code {"input", "report": {id, published,
 * title, url, outlet, text}, "extraction": <a line of reckon extract>}}. reckon-spark writes
 * these so that a backfill is stored in the ledger ({@link ExtractedLoader}) without extracting
 * it again.
 */
public record ExtractedReport(String input, Report report, Extraction extraction) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public ExtractedReport {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(extraction, "extraction");
    }

    public String toJson() {
        ObjectNode out = JSON.createObjectNode();
        out.put("input", input);
        ObjectNode r = out.putObject("report");
        r.put("id", report.id());
        r.put("published", report.published() == null ? null : report.published().toString());
        r.put("title", report.title());
        r.put("url", report.url());
        r.put("outlet", report.outlet());
        r.put("text", report.text());
        out.set("extraction", ClaimJson.toNode(extraction));
        return out.toString();
    }

    /** Reads a line written by {@link #toJson}; throws when it is not one. */
    public static ExtractedReport parse(String line) throws IOException {
        JsonNode n = JSON.readTree(line);
        JsonNode r = n == null ? null : n.get("report");
        JsonNode e = n == null ? null : n.get("extraction");
        if (r == null || !r.isObject() || !r.path("text").isTextual() || e == null || !e.isObject()) {
            throw new IOException("not an extracted report (expected \"report\" with \"text\" and \"extraction\")");
        }
        LocalDate published = ReportReader.parseDate(text(r, "published"));
        Report report = new Report(r.path("id").asText(), r.get("text").asText(), text(r, "title"), published,
                text(r, "url"), text(r, "outlet"));
        return new ExtractedReport(text(n, "input"), report, ClaimJson.parse(e.toString()));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
