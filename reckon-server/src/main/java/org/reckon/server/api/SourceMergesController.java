package org.reckon.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.reckon.io.ReportReader;
import org.reckon.server.LedgerPool;
import org.reckon.store.sources.SourceMerges;

import java.sql.SQLException;
import java.util.List;

/**
 * An analyst's merges of source names over the API, as {@code reckon sources --merge/--unmerge/--merges}:
 * {@code GET /api/sources/merges} (the log and the names filed under another body, by merge or
 * lexicon alias), {@code POST /api/sources/merge} with {@code {"name": A, "into": B}} and
 * {@code DELETE /api/sources/merge?name=A}. The two writes sit behind the server's write gate.
 */
public final class SourceMergesController {
    /** The merge log, oldest first, and every name that is shown and counted as another body now. */
    public record Merges(List<SourceMerges.Merge> merges, List<SourceMerges.Filing> filed) {}

    /** The answer to a merge or unmerge: the log line written and the filings as they now stand. */
    public record Change(SourceMerges.Merge change, List<SourceMerges.Filing> filed) {}

    private static final ObjectMapper JSON = ReportReader.json();

    private final LedgerPool ledgers;

    public SourceMergesController(LedgerPool ledgers) {
        this.ledgers = ledgers;
    }

    public void list(Context ctx) throws SQLException {
        ctx.json(ledgers.with(l -> {
            SourceMerges merges = new SourceMerges(l);
            return new Merges(merges.log(), merges.filings());
        }));
    }

    public void merge(Context ctx) throws SQLException {
        JsonNode body = body(ctx);
        String name = field(body, "name");
        String into = field(body, "into");
        ctx.status(201).json(change(merges -> merges.merge(name, into)));
    }

    public void unmerge(Context ctx) throws SQLException {
        String name = Params.required(ctx, "name");
        ctx.json(change(merges -> merges.unmerge(name)));
    }

    @FunctionalInterface
    private interface Step {
        SourceMerges.Merge on(SourceMerges merges) throws SQLException;
    }

    private Change change(Step step) throws SQLException {
        try {
            return ledgers.with(l -> {
                SourceMerges merges = new SourceMerges(l);
                SourceMerges.Merge written = step.on(merges);
                return new Change(written, merges.filings());
            });
        } catch (SourceMerges.UnknownSource e) {
            throw ApiProblem.notFound(e.getMessage());
        } catch (SourceMerges.Conflict e) {
            throw new ApiProblem(409, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(400, e.getMessage());
        }
    }

    private static JsonNode body(Context ctx) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length == 0) {
            throw new ApiProblem(400, "empty body: expected {\"name\": SOURCE, \"into\": SOURCE}");
        }
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new ApiProblem(400, "body: expected a JSON object {\"name\": SOURCE, \"into\": SOURCE}");
            }
            node.fieldNames().forEachRemaining(f -> {
                if (!f.equals("name") && !f.equals("into")) {
                    throw new ApiProblem(400, "body: unknown field '" + f + "'; expected only 'name' and 'into'");
                }
            });
            return node;
        } catch (JsonProcessingException e) {
            throw new ApiProblem(400, "body: not JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new ApiProblem(400, "body unreadable: " + e.getMessage());
        }
    }

    private static String field(JsonNode body, String name) {
        JsonNode v = body.get(name);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new ApiProblem(400, "body: field '" + name + "' must be a source name (a non-empty string)");
        }
        if (v.asText().length() > 500) {
            throw new ApiProblem(400, "body: field '" + name + "' is longer than 500 characters");
        }
        return v.asText().strip();
    }
}
