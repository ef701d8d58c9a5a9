package org.reckon.eval;

import org.reckon.lexicon.Gazetteer;
import org.reckon.model.Claim;
import org.reckon.model.Extraction;
import org.reckon.model.Metric;
import org.reckon.model.Stance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Scores extractions against gold claims exactly by spec section 8. */
public final class Scorer {
    /** A claim key: metric, canonical party (empty for none), number (null for vague). */
    public record Key(Metric metric, String party, Long number) {
        @Override
        public String toString() {
            return metric.wire() + " / " + (party.isEmpty() ? "-" : party) + " / " + (number == null ? "vague" : number);
        }
    }

    /** One false positive or false negative, with the sentence to read. */
    public record Miss(String reportId, Key key, String evidence) {}

    /** The figures of section 8 plus every miss. */
    /** A true positive credited to the wrong source. */
    public record Misattribution(String reportId, Key key, String systemSource, List<String> goldSources, String evidence) {}

    public record Score(int tp, int fp, int fn, int attributed, int bounded, List<Miss> falsePositives, List<Miss> falseNegatives,
                        List<Misattribution> misattributions) {
        public double precision() { return tp + fp == 0 ? 0 : (double) tp / (tp + fp); }

        public double recall() { return tp + fn == 0 ? 0 : (double) tp / (tp + fn); }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double attribution() { return tp == 0 ? 0 : (double) attributed / tp; }

        public double bounds() { return tp == 0 ? 0 : (double) bounded / tp; }
    }

    private final Gazetteer gazetteer;

    public Scorer(Gazetteer gazetteer) { this.gazetteer = gazetteer; }

    public Score score(List<GoldReport> gold, Map<String, Extraction> predictions) {
        int tp = 0, fp = 0, fn = 0, attributed = 0, bounded = 0;
        List<Miss> fps = new ArrayList<>();
        List<Miss> fns = new ArrayList<>();
        List<Misattribution> wrongSource = new ArrayList<>();
        for (GoldReport g : gold) {
            Extraction e = predictions.get(g.report().id());
            List<Claim> system = e == null ? List.of() : e.claims();
            Map<Key, List<Claim>> systemKeys = new LinkedHashMap<>();
            for (Claim c : system) {
                if (c.stance() == Stance.ASSERTED) {
                    systemKeys.computeIfAbsent(key(c), k -> new ArrayList<>()).add(c);
                }
            }
            Map<Key, GoldClaim> required = new LinkedHashMap<>();
            List<GoldClaim> optional = new ArrayList<>();
            for (GoldClaim gc : g.claims()) {
                if (gc.optional()) {
                    optional.add(gc);
                }
            }
            for (GoldClaim gc : g.claims()) {
                if (!gc.optional()) {
                    required.putIfAbsent(goldKeyFor(gc, systemKeys.keySet()), gc);
                }
            }
            for (Map.Entry<Key, List<Claim>> s : systemKeys.entrySet()) {
                GoldClaim match = required.get(s.getKey());
                if (match != null) {
                    tp++;
                    if (s.getValue().stream().anyMatch(c -> sourceMatches(c, match))) {
                        attributed++;
                    } else {
                        Claim first = s.getValue().get(0);
                        wrongSource.add(new Misattribution(g.report().id(), s.getKey(), first.source().name(), match.sources(),
                                first.evidence().text()));
                    }
                    if (s.getValue().stream().anyMatch(c -> Objects.equals(c.low(), match.low()) && Objects.equals(c.high(), match.high()))) {
                        bounded++;
                    }
                } else if (optional.stream().noneMatch(o -> matches(s.getKey(), o))) {
                    fp++;
                    fps.add(new Miss(g.report().id(), s.getKey(), s.getValue().get(0).evidence().text()));
                }
            }
            for (Map.Entry<Key, GoldClaim> r : required.entrySet()) {
                if (!systemKeys.containsKey(r.getKey())) {
                    fn++;
                    fns.add(new Miss(g.report().id(), r.getKey(), r.getValue().evidence()));
                }
            }
        }
        return new Score(tp, fp, fn, attributed, bounded, fps, fns, wrongSource);
    }

    public Key key(Claim c) {
        return new Key(c.metric(), party(c.party()), c.number());
    }

    /** The gold claim's key, taking the party alternative the system used when it is acceptable. */
    private Key goldKeyFor(GoldClaim g, java.util.Set<Key> systemKeys) {
        for (Key k : systemKeys) {
            if (matches(k, g)) {
                return k;
            }
        }
        String party = g.parties().isEmpty() ? "" : party(g.parties().get(0));
        return new Key(g.metric(), party, g.number());
    }

    private boolean matches(Key k, GoldClaim g) {
        if (!g.accepts(k.metric()) || !Objects.equals(k.number(), g.number())) {
            return false;
        }
        if (g.parties().isEmpty()) {
            return k.party().isEmpty();
        }
        return g.parties().stream().anyMatch(p -> party(p).equals(k.party()));
    }

    /** Party names compared lowercased without punctuation, through the gazetteer's aliases. */
    String party(String name) {
        if (name == null) {
            return "";
        }
        String canonical = gazetteer.canonicalParty(name);
        return Gazetteer.key(canonical != null ? canonical : name);
    }

    static boolean sourceMatches(Claim c, GoldClaim g) {
        String system = sourceKey(c.source().name());
        if (g.sources().isEmpty()) {
            return system.isEmpty();
        }
        if (system.isEmpty()) {
            return false;
        }
        for (String s : g.sources()) {
            String gold = sourceKey(s);
            if (!gold.isEmpty() && (gold.contains(system) || system.contains(gold))) {
                return true;
            }
        }
        return false;
    }

    /** Lowercased, punctuation and a leading "the" removed (spec section 8.3). */
    static String sourceKey(String name) {
        String k = Gazetteer.key(name);
        return k.startsWith("the ") ? k.substring(4) : k;
    }
}
