package org.reckon.server.api;

import io.javalin.http.Context;
import org.reckon.brief.Brief;
import org.reckon.brief.BriefFormat;
import org.reckon.brief.Briefs;
import org.reckon.server.LedgerPool;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * {@code GET /api/brief?party=&as_of=&since=&format=html|pdf}: the briefing {@code reckon brief}
 * writes, built from the served ledger, as a page or as a PDF download.
 */
public final class BriefController {
    private final LedgerPool ledgers;

    public BriefController(LedgerPool ledgers) {
        this.ledgers = ledgers;
    }

    public void brief(Context ctx) throws SQLException, IOException {
        String party = Params.requiredParty(ctx, "party");
        LocalDate asOf = day(Params.date(ctx, "as_of"));
        LocalDate since = day(Params.date(ctx, "since"));
        if (asOf != null && since != null && since.isAfter(asOf)) {
            throw ApiProblem.badParameter("since", "is after as_of");
        }
        BriefFormat format = format(Params.text(ctx, "format"));
        Brief brief = ledgers.with(l -> Briefs.build(l, party, asOf, since));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.writeTo(brief, out);
        if (format == BriefFormat.PDF) {
            String file = "brief-" + party.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT) + ".pdf";
            ctx.header("Content-Disposition", "inline; filename=\"" + file + "\"");
        }
        ctx.contentType(format.mediaType()).result(out.toByteArray());
    }

    private static LocalDate day(String date) {
        return date == null ? null : LocalDate.parse(date);
    }

    private static BriefFormat format(String name) {
        if (name == null || name.equalsIgnoreCase("html")) {
            return BriefFormat.HTML;
        }
        if (name.equalsIgnoreCase("pdf")) {
            return BriefFormat.PDF;
        }
        throw ApiProblem.badParameter("format", "expected html or pdf, got '" + name + "'");
    }
}
