package org.reckon.brief;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.model.Claim;
import org.reckon.model.Evidence;
import org.reckon.model.Extraction;
import org.reckon.model.Metric;
import org.reckon.model.Qualifier;
import org.reckon.model.Report;
import org.reckon.model.Role;
import org.reckon.model.Scope;
import org.reckon.model.ScopeKind;
import org.reckon.model.Source;
import org.reckon.model.SourceKind;
import org.reckon.model.Stance;
import org.reckon.store.Ledger;
import org.reckon.store.ingest.ReportWriter;
import org.reckon.store.query.ClaimFilter;
import org.reckon.store.query.ClaimQuery;
import org.reckon.store.review.Act;
import org.reckon.store.review.Review;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A brief reads the reviewed values, and says which figures a person reviewed (issue 14). */
class ReviewedBriefTest {
    @TempDir
    Path dir;

    @Test
    void aCorrectedFigureIsBriefedAsCorrectedAndMarkedReviewed() throws Exception {
        try (Ledger ledger = Ledger.open(dir.resolve("ledger.db").toString())) {
            String sentence = "1,000 North Korean soldiers were killed, Ukrainian intelligence said.";
            Source gur = Source.of("Ukrainian military intelligence", SourceKind.INTELLIGENCE, "Ukraine");
            Claim c = new Claim(Metric.KILLED, "North Korea", Role.MILITARY, "North Korean soldiers", 1000L, 1000L, Qualifier.EXACT,
                    new Scope(ScopeKind.UNKNOWN, null, null), LocalDate.parse("2025-02-03"), null, gur, Stance.ASSERTED,
                    new Evidence(sentence, 0, sentence.length()), 0.9);
            Report r = new Report("a", sentence + " More text follows about the front.", "Kyiv updates", LocalDate.parse("2025-02-03"),
                    "https://example.org/a", "Kyiv Post");
            new ReportWriter(ledger).store(r, new Extraction("a", r.published(), List.of(c), List.of(), List.of()), "a");
            assertThat(headlineFigure(ledger)).isEqualTo("1,000");

            long id = new ClaimQuery(ledger).find(ClaimFilter.ALL, 1).get(0).id();
            new Review(ledger).correct(id, Map.of("low", "1100"), Act.by("ana"));
            assertThat(headlineFigure(ledger)).isEqualTo("1,100 (reviewed)");
        }
    }

    private static String headlineFigure(Ledger ledger) throws Exception {
        Brief b = Briefs.build(ledger, "North Korea", null, null);
        return b.headlines().get(0).latest().get(0).figure();
    }
}
