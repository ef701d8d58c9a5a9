package org.reckon.store.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.reckon.store.Ledger;
import org.reckon.store.query.ClaimFilter;
import org.reckon.store.query.ClaimQuery;
import org.reckon.store.query.ClaimRow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.SQLException;
import java.util.List;

/** Writes every claim of a ledger as CSV (RFC 4180, header row) or JSONL, one row per claim. */
public final class Exporter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Ledger ledger;

    public Exporter(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Writes the claims and returns how many were written (for gold: how many claims, in whole reviewed reports). */
    public long write(ExportFormat format, ClaimFilter filter, Writer out) throws SQLException, IOException {
        if (format == ExportFormat.GOLD) {
            return new GoldExport(ledger).write(out).claims();
        }
        List<ExportColumn> columns = ExportColumn.ALL;
        if (format == ExportFormat.CSV) {
            out.write(String.join(",", columns.stream().map(ExportColumn::name).toList()));
            out.write("\r\n");
        }
        long[] n = {0};
        try {
            new ClaimQuery(ledger).each(filter, 0, row -> {
                try {
                    out.write(format == ExportFormat.CSV ? csv(columns, row) : jsonl(columns, row));
                    n[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
        return n[0];
    }

    static String csv(List<ExportColumn> columns, ClaimRow row) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object v = columns.get(i).value().apply(row);
            if (v != null) {
                sb.append(quote(v.toString()));
            }
        }
        return sb.append("\r\n").toString();
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    static String jsonl(List<ExportColumn> columns, ClaimRow row) {
        ObjectNode node = JSON.createObjectNode();
        for (ExportColumn c : columns) {
            node.putPOJO(c.name(), c.value().apply(row));
        }
        try {
            return JSON.writeValueAsString(node) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
