package org.reckon.server.api;

import io.javalin.http.Context;
import org.reckon.server.LedgerPool;
import org.reckon.server.ingest.IngestResult;
import org.reckon.server.ingest.ReportIntake;
import org.reckon.store.query.ClaimQuery;
import org.reckon.store.query.ClaimRow;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** {@code GET /api/reports/{id}} (text and claim spans) and {@code POST /api/reports} (ingest). */
public final class ReportsController {
    /** A claim as the report page draws it: the figure's and the sentence's offsets in the text. */
    public record ClaimSpan(long id, String metric, String party, Long low, Long high, String qualifier, String source,
                            String chain, String stance, FigureSpan figure, int evidenceStart, int evidenceEnd) {}

    /** A report's text with every claim found in it. */
    public record ReportView(long id, String report, String title, String outlet, String url, String published,
                             String text, List<ClaimSpan> claims) {}

    /** A body of which nothing could be read: the error, and every failure as for a partial result. */
    public record Refused(int status, String error, int failed, List<String> failures, List<IngestResult.LineStatus> lines) {}

    private final LedgerPool ledgers;
    private final ReportIntake intake;
    private final long maxBodyBytes;

    public ReportsController(LedgerPool ledgers, ReportIntake intake, long maxBodyBytes) {
        this.ledgers = ledgers;
        this.intake = intake;
        this.maxBodyBytes = maxBodyBytes;
    }

    public void one(Context ctx) throws SQLException {
        long id = Params.id(ctx, "id");
        ctx.json(ledgers.with(l -> {
            ReportHeader header = ReportHeader.load(l, id).orElseThrow(() -> ApiProblem.notFound("no report with id " + id));
            ClaimQuery claims = new ClaimQuery(l);
            List<ClaimSpan> spans = new ArrayList<>();
            for (long claimId : header.claimIds()) {
                claims.byId(claimId).ifPresent(c -> spans.add(span(c)));
            }
            return new ReportView(id, header.report(), header.title(), header.outlet(), header.url(), header.published(),
                    claims.reportText(id), spans);
        }));
    }

    private static ClaimSpan span(ClaimRow c) {
        return new ClaimSpan(c.id(), c.metric(), c.party(), c.low(), c.high(), c.qualifier(), c.source(), c.chain(),
                c.stance(), FigureSpan.in(c), c.evidenceStart(), c.evidenceEnd());
    }

    public void ingest(Context ctx) throws IOException, SQLException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBodyBytes) {
            drain(ctx, declared);
            throw tooLarge();
        }
        byte[] body;
        try (InputStream in = ctx.req().getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
        } catch (IOException | RuntimeException unreadable) {
            // A broken chunked encoding or a connection cut mid-body: the client's request, not the server, is at fault.
            throw new ApiProblem(400, "request body unreadable: " + unreadable.getMessage());
        }
        if (body.length > maxBodyBytes) {
            throw tooLarge();
        }
        if (body.length == 0) {
            throw new ApiProblem(400, "empty body: expected a JSON report or JSONL, one report per line");
        }
        IngestResult result = intake.ingest(body);
        int status = result.httpStatus();
        if (status == 400) {
            ctx.status(400).json(new Refused(400, "nothing in the body could be read: "
                    + (result.failed() == 1 ? result.failures().get(0) : "all " + result.failed() + " inputs failed (listed under 'failures')"), result.failed(), result.failures(),
                    result.lines()));
            return;
        }
        ctx.status(status).json(result);
    }

    /** Most bytes of a refused body read and dropped before answering, so that closing the connection does not reset it under the answer. */
    static final long MAX_DRAINED_BYTES = 4L << 20;

    /**
     * Reads and drops what the client is sending (up to {@link #MAX_DRAINED_BYTES}): a server that
     * answers and closes with unread bytes in its socket makes TCP reset the connection, and the
     * client may lose the 413 it was sent.
     */
    private static void drain(Context ctx, long declared) {
        ctx.header("Connection", "close");
        if (declared > MAX_DRAINED_BYTES) {
            return;
        }
        try (InputStream in = ctx.req().getInputStream()) {
            in.skipNBytes(declared);
        } catch (IOException | RuntimeException gone) {
            // the client stopped sending; the answer is the same
        }
    }

    private ApiProblem tooLarge() {
        return new ApiProblem(413, "body over the limit of " + maxBodyBytes + " bytes");
    }
}
