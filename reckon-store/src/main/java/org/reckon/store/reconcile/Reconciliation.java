package org.reckon.store.reconcile;

import org.reckon.store.query.Citation;
import org.reckon.store.query.EstimateRow;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a party's stored estimates into timelines, standing figures and a consensus, per metric
 * and role. The rules (also in the README, "Reconciliation: the rules"):
 * <ul>
 *   <li>Military, civilian and unknown-role figures are different quantities: each has its own
 *       series and consensus, never pooled.</li>
 *   <li>Only running figures (cumulative, or no span stated) enter a source's timeline;
 *       incident and period figures are listed apart and never supersede a running toll. A
 *       figure with no span stated that is below a tenth ({@link #FAR_BELOW}) of the same
 *       source's other running tolls or of the median of the other sources' standing figures is
 *       held back too: it is most likely one incident.</li>
 *   <li>Within one source, a later statement supersedes an earlier one; on the same day the
 *       larger figure stands. An undated figure never stands over a dated one.</li>
 *   <li>Independent voices: sources that speak for the same affiliation are one voice, whose
 *       standing figure is its members' latest; a source with no affiliation is its own voice.
 *       Figures a report gives on its own authority are shown but never counted. A voice whose
 *       standing figure is more than {@code staleAfterDays} older than the newest, or undated
 *       while others are dated, is listed but not counted.</li>
 * </ul>
 */
public final class Reconciliation {
    /** A figure with no span stated is held back when it is below 1/FAR_BELOW of the running tolls around it. */
    public static final int FAR_BELOW = 10;
    /** Default of {@code --stale-after}: days by which a voice's standing figure may trail the newest and still count. */
    public static final int STALE_AFTER_DAYS = 90;

    /** How to reconcile: the ledger as it stood on {@code asOf} (null: everything) and the staleness rule. */
    public record Options(LocalDate asOf, int staleAfterDays) {
        public static final Options DEFAULT = new Options(null, STALE_AFTER_DAYS);

        public Options {
            if (staleAfterDays < 0) {
                throw new IllegalArgumentException("stale-after must be 0 days or more, got " + staleAfterDays);
            }
        }
    }

    private static final Comparator<EstimateRow> STATEMENT_ORDER = Comparator
            .comparing((EstimateRow e) -> e.lastClaimed() == null ? "" : e.lastClaimed())
            .thenComparing(e -> e.best() == null ? Long.MIN_VALUE : e.best())
            .thenComparingLong(EstimateRow::id);

    private static final List<String> ROLE_ORDER = List.of("military", "civilian", "unknown");

    private Reconciliation() {}

    /** Metrics in the spec's order (killed, wounded, casualties, captured, missing, deployed), any other last. */
    private static int specOrder(String metric) {
        try {
            return org.reckon.model.Metric.fromWire(metric).ordinal();
        } catch (IllegalArgumentException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static int roleOrder(String role) {
        int i = ROLE_ORDER.indexOf(role);
        return i < 0 ? ROLE_ORDER.size() : i;
    }

    public static PartyEstimates summarise(String party, List<EstimateRow> rows) {
        return summarise(party, rows, Options.DEFAULT);
    }

    public static PartyEstimates summarise(String party, List<EstimateRow> rows, Options options) {
        List<EstimateRow> standing = asOf(rows, options.asOf() == null ? null : options.asOf().toString());
        Map<List<String>, List<EstimateRow>> byMetric = new LinkedHashMap<>();
        for (EstimateRow r : standing) {
            byMetric.computeIfAbsent(List.of(r.metric(), r.role()), k -> new ArrayList<>()).add(r);
        }
        List<MetricEstimates> metrics = new ArrayList<>();
        for (Map.Entry<List<String>, List<EstimateRow>> e : byMetric.entrySet()) {
            metrics.add(forMetric(e.getKey().get(0), e.getKey().get(1), e.getValue(), options));
        }
        metrics.sort(Comparator.comparingInt((MetricEstimates m) -> specOrder(m.metric())).thenComparingInt(m -> roleOrder(m.role())));
        String name = rows.isEmpty() ? party : rows.get(0).party();
        return new PartyEstimates(name, metrics);
    }

    /** The estimates as they stood on {@code until}: later citations dropped, dates recomputed. */
    public static List<EstimateRow> asOf(List<EstimateRow> rows, String until) {
        if (until == null) {
            return rows;
        }
        List<EstimateRow> out = new ArrayList<>();
        for (EstimateRow r : rows) {
            List<Citation> kept = r.citations().stream()
                    .filter(c -> c.claimedOn() == null || c.claimedOn().compareTo(until) <= 0).toList();
            if (kept.isEmpty() && !r.citations().isEmpty()) {
                continue;
            }
            if (r.citations().isEmpty() && r.firstClaimed() != null && r.firstClaimed().compareTo(until) > 0) {
                continue;
            }
            String first = kept.stream().map(Citation::claimedOn).filter(Objects::nonNull).min(String::compareTo).orElse(r.firstClaimed());
            String last = kept.stream().map(Citation::claimedOn).filter(Objects::nonNull).max(String::compareTo).orElse(r.lastClaimed());
            out.add(kept.isEmpty() ? r : r.withCitations(kept, first, last));
        }
        return out;
    }

    static MetricEstimates forMetric(String metric, String role, List<EstimateRow> rows, Options options) {
        Map<String, List<EstimateRow>> bySource = new LinkedHashMap<>();
        List<EstimateRow> separate = new ArrayList<>();
        for (EstimateRow r : rows) {
            ScopeClass scope = ScopeClass.ofWire(r.scope());
            if (scope == ScopeClass.RUNNING) {
                bySource.computeIfAbsent(r.source().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(r);
            } else {
                separate.add(r.apart(scope == ScopeClass.INCIDENT ? "incident: one attack or event, not a running toll"
                        : "period: one span of time, not a running toll"));
            }
        }
        holdBackFarBelow(bySource, separate, options.staleAfterDays());
        List<SourceSeries> series = new ArrayList<>();
        for (List<EstimateRow> own : bySource.values()) {
            if (own.isEmpty()) {
                continue;
            }
            List<EstimateRow> timeline = new ArrayList<>(own);
            timeline.sort(STATEMENT_ORDER);
            EstimateRow latest = timeline.get(timeline.size() - 1);
            series.add(new SourceSeries(latest.source(), latest.sourceKind(), latest.affiliation(), latest.attributed(),
                    timeline, latest));
        }
        return new MetricEstimates(metric, role, series, consensus(series, options), separate);
    }

    /**
     * Moves to {@code separate} each figure with no span stated that is below a tenth of the
     * larger of: the same source's highest other running toll, and the median of the other
     * sources' latest running tolls. Only latest tolls the consensus would count are in that
     * median: a stale or undated one (see {@link #consensus}) is no yardstick for a fresh figure.
     */
    private static void holdBackFarBelow(Map<String, List<EstimateRow>> bySource, List<EstimateRow> separate, int staleAfterDays) {
        if (bySource.values().stream().flatMap(List::stream).noneMatch(r -> "unknown".equals(r.scope()) && r.best() != null)) {
            return;
        }
        Map<String, EstimateRow> latest = new LinkedHashMap<>();
        for (Map.Entry<String, List<EstimateRow>> e : bySource.entrySet()) {
            latest.put(e.getKey(), e.getValue().stream().max(STATEMENT_ORDER).orElseThrow());
        }
        String newest = latest.values().stream().filter(EstimateRow::attributed).map(EstimateRow::lastClaimed)
                .filter(Objects::nonNull).max(String::compareTo).orElse(null);
        List<Long> all = new ArrayList<>();
        for (EstimateRow l : latest.values()) {
            if (yardstick(l, newest, staleAfterDays)) {
                all.add(l.best());
            }
        }
        all.sort(null);
        for (Map.Entry<String, List<EstimateRow>> e : bySource.entrySet()) {
            if (e.getValue().stream().noneMatch(r -> "unknown".equals(r.scope()) && r.best() != null)) {
                continue;
            }
            EstimateRow mine = latest.get(e.getKey());
            Long median = medianWithout(all, yardstick(mine, newest, staleAfterDays) ? mine.best() : null);
            List<EstimateRow> kept = new ArrayList<>();
            for (EstimateRow r : e.getValue()) {
                if (!"unknown".equals(r.scope()) || r.best() == null) {
                    kept.add(r);
                    continue;
                }
                Long own = e.getValue().stream().filter(o -> o != r && o.best() != null).map(EstimateRow::best)
                        .max(Long::compare).orElse(null);
                long reference = Math.max(own == null ? 0 : own, median == null ? 0 : median);
                if (r.best() * FAR_BELOW < reference) {
                    String from = own != null && own == reference ? "this source's own running toll of " + reference
                            : "the median of the other sources' latest running tolls, " + reference;
                    separate.add(r.apart("held back: no span stated and below a tenth of " + from
                            + " (most likely one incident)"));
                } else {
                    kept.add(r);
                }
            }
            e.setValue(kept);
        }
    }

    /** Whether a source's latest figure is one the consensus would count: attributed, with a figure, dated and not stale. */
    private static boolean yardstick(EstimateRow latest, String newest, int staleAfterDays) {
        return latest.attributed() && latest.best() != null && notCountedBecause(latest, newest, staleAfterDays) == null;
    }

    /** Why a standing figure is left out of the consensus for its date (undated, stale), or null. */
    private static String notCountedBecause(EstimateRow r, String newest, int staleAfterDays) {
        if (newest == null) {
            return null;
        }
        if (r.lastClaimed() == null) {
            return "undated: cannot be placed against the dated figures";
        }
        long behind = ChronoUnit.DAYS.between(LocalDate.parse(r.lastClaimed()), LocalDate.parse(newest));
        return behind > staleAfterDays ? "stale: " + behind + " days older than the newest figure (" + newest
                + "); the limit is " + staleAfterDays + " days" : null;
    }

    static Consensus consensus(List<SourceSeries> series, Options options) {
        Map<String, EstimateRow> standing = new LinkedHashMap<>();
        List<Consensus.Voice> notCounted = new ArrayList<>();
        for (SourceSeries s : series) {
            if (!s.attributed()) {
                notCounted.add(voice(s.latest(), "the report's own figure, unattributed: it usually repeats someone else's"));
                continue;
            }
            String voice = s.affiliation() != null ? "affiliation:" + s.affiliation().toLowerCase(Locale.ROOT)
                    : "source:" + s.source().toLowerCase(Locale.ROOT);
            EstimateRow current = standing.get(voice);
            if (current == null || STATEMENT_ORDER.compare(s.latest(), current) > 0) {
                standing.put(voice, s.latest());
            }
        }
        String newest = standing.values().stream().map(EstimateRow::lastClaimed).filter(Objects::nonNull)
                .max(String::compareTo).orElse(null);
        String asOf = options.asOf() != null ? options.asOf().toString() : newest;
        List<Consensus.Voice> counted = new ArrayList<>();
        List<Long> bests = new ArrayList<>();
        Long low = null;
        Long high = null;
        for (EstimateRow r : standing.values()) {
            String why = notCountedBecause(r, newest, options.staleAfterDays());
            if (why != null || r.best() == null) {
                notCounted.add(voice(r, why));
                continue;
            }
            counted.add(voice(r, null));
            long best = r.best();
            bests.add(best);
            long l = r.low() != null ? r.low() : best;
            long h = r.high() != null ? r.high() : best;
            low = low == null ? l : Math.min(low, l);
            high = high == null ? h : Math.max(high, h);
        }
        return new Consensus(low, median(bests), high, counted, notCounted, asOf, options.staleAfterDays());
    }

    private static Consensus.Voice voice(EstimateRow r, String reason) {
        return new Consensus.Voice(r.source(), r.affiliation(), r.id(), r.low(), r.best(), r.high(), r.qualifier(), r.lastClaimed(),
                reason);
    }

    /** The median of sorted {@code values} with one occurrence of {@code left} (when not null) left out. */
    private static Long medianWithout(List<Long> sorted, Long left) {
        int skip = left == null ? -1 : java.util.Collections.binarySearch(sorted, left);
        int n = sorted.size() - (skip >= 0 ? 1 : 0);
        if (n == 0) {
            return null;
        }
        java.util.function.IntFunction<Long> at = k -> sorted.get(skip >= 0 && k >= skip ? k + 1 : k);
        return n % 2 == 1 ? at.apply(n / 2) : (at.apply(n / 2 - 1) + at.apply(n / 2)) / 2;
    }

    private static Long median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
