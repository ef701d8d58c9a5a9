package org.reckon.server.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.reckon.extract.Extractor;
import org.reckon.io.ReportInput;
import org.reckon.io.ReportReader;
import org.reckon.model.Extraction;
import org.reckon.server.api.ApiProblem;
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
import java.util.Optional;
import java.util.Set;

/**
 * Ingests a request body as {@code reckon ingest -} does: JSONL read by the same reader, a report
 * already in the ledger (by content hash) is not extracted again, and each new report is stored
 * with its claims in one transaction. A single pretty-printed JSON report is accepted too.
 *
 * <p>Reports are read and extracted one at a time as the body is read, outside the write lock;
 * only the duplicate check and the store of one report hold it (the one writing ledger
 * connection), so a large or hostile request never keeps other writers waiting for long. A body
 * that is binary, or whose first {@link ReportReader#GIVE_UP_AFTER} lines are all unreadable, is
 * refused (400) before anything is extracted; failures are counted, and the first
 * {@link IngestResult#MAX_FAILURES} are reported.
 */
public final class ReportIntake {
    private static final ObjectMapper JSON = ReportReader.json();
    private static final ObjectReader ONE_VALUE = JSON.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Object writeLock = new Object();
    private final Ledger ledger;
    private final ReportWriter writer;

    public ReportIntake(Ledger ledger) {
        this.ledger = ledger;
        this.writer = new ReportWriter(ledger);
    }

    /** What one request has done so far. */
    private static final class Tally {
        int stored;
        int duplicates;
        int claims;
        int syndicated;
        int failed;
        final List<Long> ids = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
        final List<IngestResult.LineStatus> lines = new ArrayList<>();
        final Set<String> seen = new HashSet<>();

        void fail(String where, String why) {
            failed++;
            if (failures.size() < IngestResult.MAX_FAILURES) {
                failures.add(where + ": " + why);
                lines.add(IngestResult.LineStatus.failed(lineOf(where), why));
            }
        }

        /** The line number in a reader's "<body>:12"; 1 for a body that is one report. */
        static int lineOf(String where) {
            int colon = where.lastIndexOf(':');
            try {
                return colon < 0 ? 1 : Integer.parseInt(where.substring(colon + 1));
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }

    public IngestResult ingest(byte[] body) throws IOException, SQLException {
        String binary = ReportReader.notText(body, body.length);
        if (binary != null) {
            throw new ApiProblem(400, "body is binary, not JSON text: " + binary.replace("file is binary, not text ", ""));
        }
        Tally t = new Tally();
        boolean whole;
        try {
            whole = new ReportReader().readJsonl("<body>", new ByteArrayInputStream(asJsonl(body)), input -> {
                try {
                    take(input, t);
                } catch (SQLException e) {
                    throw new LedgerFailure(e);
                }
            });
        } catch (LedgerFailure e) {
            throw e.getCause();
        }
        if (!whole && t.stored + t.duplicates == 0 && t.failed == 1) {
            throw new ApiProblem(400, "body is " + t.failures.get(0).substring("<body>: ".length()));
        }
        return new IngestResult(t.stored, t.duplicates, t.claims, t.syndicated, t.ids, t.failed, t.failures, t.lines);
    }

    private void take(ReportInput input, Tally t) throws SQLException {
        if (input.failed()) {
            t.fail(input.where(), input.error());
            return;
        }
        Optional<String> unstorable = ReportWriter.unstorable(input.report());
        if (unstorable.isPresent()) {
            t.fail(input.where(), unstorable.get());
            return;
        }
        String hash = ReportHash.of(input.report());
        if (!t.seen.add(hash) || held(hash)) {
            t.duplicates++;
            t.lines.add(IngestResult.LineStatus.duplicate(Tally.lineOf(input.where())));
            return;
        }
        Extraction extraction;
        try {
            extraction = Extractor.shared().extract(input.report());
        } catch (RuntimeException e) {
            t.fail(input.where(), e.getMessage());
            return;
        }
        StoreOutcome o;
        synchronized (writeLock) {
            try {
                o = writer.store(input.report(), extraction, input.where());
            } catch (IllegalArgumentException refused) {
                t.fail(input.where(), refused.getMessage());
                return;
            }
        }
        if (o.duplicate()) {
            t.duplicates++;
            t.lines.add(IngestResult.LineStatus.duplicate(Tally.lineOf(input.where())));
            return;
        }
        t.lines.add(IngestResult.LineStatus.stored(Tally.lineOf(input.where()), o.reportId(), o.claims()));
        t.stored++;
        t.claims += o.claims();
        t.ids.add(o.reportId());
        if (o.syndicatedWith() != null) {
            t.syndicated++;
        }
    }

    private boolean held(String hash) throws SQLException {
        synchronized (writeLock) {
            try {
                return writer.holds(hash);
            } catch (SQLException e) {
                ledger.connection().rollback();
                throw e;
            }
        }
    }

    /** Carries a ledger failure out of the reader's callback. */
    private static final class LedgerFailure extends RuntimeException {
        LedgerFailure(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    /**
     * One JSON object spread over several lines becomes one line; anything else is read as JSONL.
     * A pretty-printed object with a key given twice is joined into one line too (JSON text holds
     * no raw line breaks inside strings), so that the reader refuses it for that reason.
     */
    static byte[] asJsonl(byte[] body) {
        try {
            JsonNode node = ONE_VALUE.readTree(body);
            if (node != null && node.isObject()) {
                return JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
            }
        } catch (IOException notOneObject) {
            if (String.valueOf(notOneObject.getMessage()).startsWith("Duplicate field") && !firstLineIsJson(body)) {
                byte[] joined = body.clone();
                for (int i = 0; i < joined.length; i++) {
                    if (joined[i] == '\n' || joined[i] == '\r') {
                        joined[i] = ' ';
                    }
                }
                return joined;
            }
            // JSONL with several lines, or broken input the line reader reports line by line.
        }
        return body;
    }

    private static boolean firstLineIsJson(byte[] body) {
        int end = 0;
        while (end < body.length && body[end] != '\n') {
            end++;
        }
        try {
            JsonNode first = new ObjectMapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(new String(body, 0, end, StandardCharsets.UTF_8));
            return first != null && first.isObject();
        } catch (IOException e) {
            return false;
        }
    }
}
