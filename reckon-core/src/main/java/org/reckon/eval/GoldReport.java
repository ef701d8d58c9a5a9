package org.reckon.eval;

import org.reckon.model.Report;

import java.util.List;

/** A report with its gold claims. */
public record GoldReport(Report report, List<GoldClaim> claims) {
    public GoldReport {
        claims = List.copyOf(claims);
    }
}
