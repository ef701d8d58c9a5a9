package org.reckon.eval;

import org.junit.jupiter.api.Test;
import org.reckon.lexicon.Gazetteer;
import org.reckon.model.Claim;
import org.reckon.model.Evidence;
import org.reckon.model.Extraction;
import org.reckon.model.Metric;
import org.reckon.model.Qualifier;
import org.reckon.model.Report;
import org.reckon.model.Role;
import org.reckon.model.Scope;
import org.reckon.model.Source;
import org.reckon.model.SourceKind;
import org.reckon.model.Stance;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Spec section 8, rule by rule. */
class ScorerTest {
    private final Scorer scorer = new Scorer(Gazetteer.get());
    private final Report report = new Report("r", "text", null, null, null, null);

    private static Claim claim(Metric metric, String party, Long low, Long high, Qualifier q, String source, Stance stance) {
        Source s = source == null ? Source.NONE : Source.of(source, SourceKind.UNKNOWN, null);
        return new Claim(metric, party, Role.UNKNOWN, "", low, high, q, Scope.UNKNOWN, null, null, s, stance,
                new Evidence("e", 0, 1), 0.5);
    }

    private static GoldClaim gold(Metric metric, List<String> parties, Long low, Long high, Qualifier q, List<String> sources, boolean optional) {
        return new GoldClaim(metric, parties, low, high, q, sources, optional, "e");
    }

    private Scorer.Score score(List<GoldClaim> gold, List<Claim> system) {
        return scorer.score(List.of(new GoldReport(report, gold)),
                Map.of("r", new Extraction("r", null, system, List.of())));
    }

    @Test
    void keysMatchOnMetricPartyAliasAndNumber() {
        var s = score(List.of(gold(Metric.KILLED, List.of("North Korea"), 300L, null, Qualifier.AT_LEAST, List.of("NIS"), false)),
                List.of(claim(Metric.KILLED, "DPRK", 300L, 300L, Qualifier.APPROX, "the NIS", Stance.ASSERTED)));
        assertThat(s.tp()).isEqualTo(1);
        assertThat(s.attribution()).isEqualTo(1.0);
        assertThat(s.bounds()).isEqualTo(0.0);
    }

    @Test
    void aGoldMetricListAcceptsAnyOfItsMetricsAndNoOther() {
        GoldClaim lost = new GoldClaim(List.of(Metric.KILLED, Metric.CASUALTIES), List.of("Eritrea"), 3000L, 3000L,
                Qualifier.APPROX, List.of(), false, "e");
        assertThat(score(List.of(lost), List.of(claim(Metric.CASUALTIES, "Eritrea", 3000L, 3000L, Qualifier.APPROX, null,
                Stance.ASSERTED))).tp()).isEqualTo(1);
        assertThat(score(List.of(lost), List.of(claim(Metric.KILLED, "Eritrea", 3000L, 3000L, Qualifier.APPROX, null,
                Stance.ASSERTED))).tp()).isEqualTo(1);
        var wounded = score(List.of(lost), List.of(claim(Metric.WOUNDED, "Eritrea", 3000L, 3000L, Qualifier.APPROX, null,
                Stance.ASSERTED)));
        assertThat(wounded.tp()).isZero();
        assertThat(wounded.fn()).isEqualTo(1);
    }

    @Test
    void duplicateKeysCountOnceAndOptionalKeysAreIgnored() {
        var s = score(List.of(gold(Metric.CAPTURED, List.of("North Korea"), 2L, 2L, Qualifier.EXACT, List.of(), true)),
                List.of(claim(Metric.CAPTURED, "North Korea", 2L, 2L, Qualifier.EXACT, null, Stance.ASSERTED),
                        claim(Metric.CAPTURED, "North Korea", 2L, 2L, Qualifier.EXACT, null, Stance.ASSERTED)));
        assertThat(s.tp() + s.fp() + s.fn()).isZero();
    }

    @Test
    void onlyAssertedClaimsAreScored() {
        var s = score(List.of(), List.of(claim(Metric.KILLED, null, 200L, 200L, Qualifier.EXACT, "Moscow", Stance.DENIED)));
        assertThat(s.fp()).isZero();
    }

    @Test
    void vagueClaimsKeyOnNoNumber() {
        var s = score(List.of(gold(Metric.CASUALTIES, List.of(), null, null, Qualifier.VAGUE, List.of("a monitoring group"), false)),
                List.of(claim(Metric.CASUALTIES, null, null, null, Qualifier.VAGUE, "monitoring group", Stance.ASSERTED)));
        assertThat(s.tp()).isEqualTo(1);
        assertThat(s.attribution()).isEqualTo(1.0);
    }

    @Test
    void missesAreListedBothWays() {
        var s = score(List.of(gold(Metric.WOUNDED, List.of("Iraq"), 6L, 6L, Qualifier.EXACT, List.of("police"), false)),
                List.of(claim(Metric.KILLED, "Iraq", 6L, 6L, Qualifier.EXACT, "police", Stance.ASSERTED)));
        assertThat(s.falsePositives()).hasSize(1);
        assertThat(s.falseNegatives()).hasSize(1);
        assertThat(s.f1()).isZero();
    }

    @Test
    void sourceNamesMatchByContainmentWithoutALeadingThe() {
        Claim c = claim(Metric.KILLED, null, 1L, 1L, Qualifier.EXACT, "the General Staff", Stance.ASSERTED);
        assertThat(Scorer.sourceMatches(c, gold(Metric.KILLED, List.of(), 1L, 1L, Qualifier.EXACT,
                List.of("General Staff of the Armed Forces of Ukraine"), false))).isTrue();
        assertThat(Scorer.sourceMatches(c, gold(Metric.KILLED, List.of(), 1L, 1L, Qualifier.EXACT, List.of(), false))).isFalse();
    }
}
