package org.reckon.server.api;

import io.javalin.http.Context;
import org.reckon.server.LedgerPool;
import org.reckon.store.export.ExportFormat;
import org.reckon.store.export.Exporter;
import org.reckon.store.query.ClaimFilter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * {@code GET /api/export?format=csv|jsonl&party=&metric=&source=&since=&until=&text=}: the claims the
 * filters of {@code /api/claims} select, as a download written by the same exporter as
 * {@code reckon export} with the same filters, so the two files are equal row for row.
 */
public final class ExportController {
    private final LedgerPool ledgers;

    public ExportController(LedgerPool ledgers) {
        this.ledgers = ledgers;
    }

    public void export(Context ctx) throws SQLException {
        String wire = Params.text(ctx, "format");
        ExportFormat format;
        try {
            format = ExportFormat.fromWire(wire == null ? "csv" : wire);
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(400, "parameter 'format': expected csv or jsonl, got '" + wire + "'");
        }
        String text = Params.text(ctx, "text");
        ClaimFilter filter = new ClaimFilter(Params.party(ctx, "party"), Params.metric(ctx, "metric"), Params.text(ctx, "source"),
                Params.date(ctx, "since"), Params.date(ctx, "until"),
                text == null ? List.of() : Arrays.stream(text.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList(),
                Params.place(ctx));
        String body = ledgers.with(l -> {
            StringWriter out = new StringWriter();
            try {
                new Exporter(l).write(format, filter, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString();
        });
        String extension = format == ExportFormat.CSV ? "csv" : "jsonl";
        ctx.contentType(format == ExportFormat.CSV ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"claims." + extension + "\"")
                .result(body);
    }
}
