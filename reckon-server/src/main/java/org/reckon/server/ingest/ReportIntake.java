package org.reckon.server.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.reckon.extract.Extractor;
import org.reckon.io.ReportInput;
import org.reckon.io.ReportReader;
import org.reckon.store.Ledger;
import org.reckon.store.ingest.ReportHash;
import org.reckon.store.ingest.ReportWriter;
import org.reckon.store.ingest.StoreOutcome;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ingests a request body as {@code reckon ingest -} does: JSONL read by the same reader, a report
 * already in the ledger (by content hash) is not extracted again, and each new report is stored
 * with its claims in one transaction. A single pretty-printed JSON report is accepted too. Writes
 * go through one ledger, one request at a time.
 */
public final class ReportIntake {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectReader ONE_VALUE = JSON.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Ledger ledger;
    private final ReportWriter writer;

    public ReportIntake(Ledger ledger) {
        this.ledger = ledger;
        this.writer = new ReportWriter(ledger);
    }

    public synchronized IngestResult ingest(byte[] body) throws IOException, SQLException {
        List<ReportInput> inputs = new ArrayList<>();
        new ReportReader().readJsonl("<body>", new ByteArrayInputStream(asJsonl(body)), inputs::add);
        int stored = 0;
        int duplicates = 0;
        int claims = 0;
        int syndicated = 0;
        List<Long> ids = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ReportInput input : inputs) {
            if (input.failed()) {
                failures.add(input.where() + ": " + input.error());
                continue;
            }
            String hash = ReportHash.of(input.report());
            if (!seen.add(hash) || writer.holds(hash)) {
                duplicates++;
                continue;
            }
            StoreOutcome o;
            try {
                o = writer.store(input.report(), Extractor.shared().extract(input.report()), input.where());
            } catch (RuntimeException e) {
                ledger.connection().rollback();
                failures.add(input.where() + ": " + e.getMessage());
                continue;
            }
            if (o.duplicate()) {
                duplicates++;
                continue;
            }
            stored++;
            claims += o.claims();
            ids.add(o.reportId());
            if (o.syndicatedWith() != null) {
                syndicated++;
            }
        }
        return new IngestResult(stored, duplicates, claims, syndicated, ids, failures);
    }

    /** One JSON object spread over several lines becomes one line; anything else is read as JSONL. */
    static byte[] asJsonl(byte[] body) {
        try {
            JsonNode node = ONE_VALUE.readTree(body);
            if (node != null && node.isObject()) {
                return JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
            }
        } catch (IOException notOneObject) {
            // JSONL with several lines, or broken input the line reader reports line by line.
        }
        return body;
    }
}
