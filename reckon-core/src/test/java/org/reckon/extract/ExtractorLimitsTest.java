package org.reckon.extract;

import org.junit.jupiter.api.Test;
import org.reckon.model.Extraction;
import org.reckon.model.Report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reports that could make the extractor hang or overflow: they end with a result or one clear error. */
class ExtractorLimitsTest {
    @Test
    void endlessCapitalisedWordsDoNotOverflowThePatterns() {
        String text = "Aaa ".repeat(100_000);
        Extraction e = Extractor.shared().extract(new Report("caps", text, null, null, null, null));
        assertThat(e.claims()).isEmpty();
    }

    @Test
    void anOverlongSentenceIsSkippedWithAWarning() {
        String text = "At least 300 soldiers were killed and 20 wounded, officials said ".repeat(2_000);
        Extraction e = Extractor.shared().extract(new Report("long", text, null, null, null, null));
        assertThat(e.claims()).isEmpty();
        assertThat(e.warnings()).anyMatch(w -> w.contains("over " + CandidateFilter.MAX_SENTENCE_TOKENS + " tokens"));
    }

    @Test
    void aReportOverTheSizeLimitIsRefusedByName() {
        String text = "x".repeat(Extractor.MAX_REPORT_CHARS + 1);
        assertThatThrownBy(() -> Extractor.shared().extract(new Report("huge", text, null, null, null, null)))
                .isInstanceOf(Extractor.ReportTooLargeException.class)
                .hasMessageContaining("huge");
    }
}
