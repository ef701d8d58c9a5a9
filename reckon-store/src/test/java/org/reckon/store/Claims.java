package org.reckon.store;

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

import java.time.LocalDate;
import java.util.List;

/** Hand-made claims and reports, so the ledger's rules are tested without the extractor. */
public final class Claims {
    private Claims() {}

    public static Claim claim(Metric metric, String party, long number, String source, String affiliation, String claimedOn) {
        return claim(metric, party, number, Qualifier.EXACT, ScopeKind.UNKNOWN, source, affiliation, claimedOn, Stance.ASSERTED);
    }

    public static Claim claim(Metric metric, String party, long number, Qualifier q, ScopeKind scope, String source,
                              String affiliation, String claimedOn, Stance stance) {
        Long low = q == Qualifier.AT_MOST || q == Qualifier.VAGUE ? null : number;
        Long high = q == Qualifier.AT_LEAST || q == Qualifier.VAGUE ? null : number;
        Source s = source == null ? Source.NONE : Source.of(source, SourceKind.MILITARY, affiliation);
        String sentence = number + " " + party + " soldiers " + metric.wire() + ", " + (source == null ? "the report says" : source + " said") + ".";
        return new Claim(metric, party, Role.MILITARY, party + " soldiers", low, high, q, new Scope(scope, null, null),
                LocalDate.parse(claimedOn), null, s, stance, new Evidence(sentence, 0, sentence.length()), 0.9);
    }

    public static Report report(String id, String text, String outlet, String published) {
        return new Report(id, text, null, LocalDate.parse(published), "https://example.org/" + id, outlet);
    }

    public static Extraction extraction(Report r, Claim... claims) {
        return new Extraction(r.id(), r.published(), List.of(claims), List.of());
    }

    /** A long story text, different for each seed, so MinHash sees unrelated reports as unrelated. */
    public static String story(String seed) {
        StringBuilder sb = new StringBuilder();
        String[] words = {"column", "village", "river", "convoy", "bridge", "market", "ridge", "station", "harbour", "clinic",
            "orchard", "quarry", "depot", "school", "mill", "valley", "crossing", "airfield", "tower", "plain"};
        int h = seed.hashCode();
        for (int i = 0; i < 120; i++) {
            h = h * 1103515245 + 12345;
            sb.append(words[Math.floorMod(h >> 8, words.length)]).append(i % 12 == 11 ? ". " : " ");
        }
        return seed + ": " + sb;
    }
}
