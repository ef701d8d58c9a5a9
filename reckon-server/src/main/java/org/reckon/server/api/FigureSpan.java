package org.reckon.server.api;

import org.reckon.store.query.ClaimRow;

import java.util.List;

/**
 * Where a claim's figure is written in its report: character offsets into the report text,
 * found inside the claim's evidence sentence. When the figure is spelled out ("hundreds",
 * "twelve") the whole sentence is the span.
 */
public record FigureSpan(int start, int end) {
    public FigureSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("expected 0 <= start <= end, got " + start + ".." + end);
        }
    }

    public static FigureSpan in(ClaimRow c) {
        String s = c.evidence() == null ? "" : c.evidence();
        Long n = c.low() != null ? c.low() : c.high();
        if (n != null) {
            for (String form : List.of(String.format("%,d", n), String.valueOf(n))) {
                int at = s.indexOf(form);
                if (at >= 0) {
                    return new FigureSpan(c.evidenceStart() + at, c.evidenceStart() + at + form.length());
                }
            }
        }
        return new FigureSpan(c.evidenceStart(), Math.max(c.evidenceStart(), c.evidenceEnd()));
    }
}
