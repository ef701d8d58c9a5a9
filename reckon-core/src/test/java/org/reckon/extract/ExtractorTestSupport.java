package org.reckon.extract;

import org.reckon.model.Claim;
import org.reckon.model.Extraction;
import org.reckon.model.Metric;
import org.reckon.model.Report;
import org.reckon.model.Stance;

import java.time.LocalDate;
import java.util.List;

/** One extractor per test JVM, shared by every test class: CoreNLP loads once. */
final class ExtractorTestSupport {
    private ExtractorTestSupport() {}

    static Extraction extract(String text, String published) {
        return Extractor.shared().extract(new Report("t", text, null, published == null ? null : LocalDate.parse(published), null, null));
    }

    static List<Claim> claims(String text) {
        return extract(text, "2025-01-13").claims();
    }

    static List<Claim> asserted(String text) {
        return claims(text).stream().filter(c -> c.stance() == Stance.ASSERTED).toList();
    }

    static Claim only(String text, Metric metric) {
        List<Claim> of = claims(text).stream().filter(c -> c.metric() == metric).toList();
        if (of.size() != 1) {
            throw new AssertionError("expected one " + metric.wire() + " claim in \"" + text + "\" but got " + of);
        }
        return of.get(0);
    }
}
