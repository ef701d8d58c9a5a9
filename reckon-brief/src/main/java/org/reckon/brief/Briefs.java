package org.reckon.brief;

import org.reckon.store.Ledger;
import org.reckon.store.query.Citation;
import org.reckon.store.query.EstimateQuery;
import org.reckon.store.query.EstimateRow;
import org.reckon.store.query.StatementQuery;
import org.reckon.store.query.StatementRow;
import org.reckon.store.reconcile.MetricEstimates;
import org.reckon.store.reconcile.PartyEstimates;
import org.reckon.store.reconcile.Reconciliation;
import org.reckon.store.reconcile.SourceSeries;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds a {@link Brief} from the ledger with the same estimates and reconciliation as
 * {@code reckon estimates}: the ledger as it stood on {@code asOf} is the claims made up to that
 * day, reconciled again.
 */
public final class Briefs {
    private Briefs() {}

    /** How many statements of each source a brief quotes unless told otherwise; the rest are counted. */
    public static final int STATEMENTS_PER_SOURCE = 10;

    /** A brief quoting the newest {@link #STATEMENTS_PER_SOURCE} statements of each source. */
    public static Brief build(Ledger ledger, String party, LocalDate asOf, LocalDate since) throws SQLException {
        return build(ledger, party, asOf, since, STATEMENTS_PER_SOURCE);
    }

    /**
     * @param asOf      only what was claimed up to this day (null: everything)
     * @param since     list figures first given on or after this day as changes (null: no changes section)
     * @param perSource quote at most this many statements of each source, newest first (0: all)
     */
    public static Brief build(Ledger ledger, String party, LocalDate asOf, LocalDate since, int perSource) throws SQLException {
        if (perSource < 0) {
            throw new IllegalArgumentException("statements per source must be 0 (all) or more, got " + perSource);
        }
        Objects.requireNonNull(ledger, "ledger");
        if (party == null || party.isBlank()) {
            throw new IllegalArgumentException("a brief needs a party, got '" + party + "'");
        }
        if (asOf != null && since != null && since.isAfter(asOf)) {
            throw new IllegalArgumentException("--since " + since + " is after --as-of " + asOf);
        }
        String until = asOf == null ? null : asOf.toString();
        PartyEstimates estimates = Reconciliation.summarise(party, new EstimateQuery(ledger).forParty(party, null),
                new Reconciliation.Options(asOf, Reconciliation.STALE_AFTER_DAYS));
        Footnotes notes = new Footnotes(ledger);
        List<Brief.Headline> headlines = new ArrayList<>();
        List<Brief.Change> changes = new ArrayList<>();
        for (MetricEstimates m : estimates.metrics()) {
            String metric = label(m);
            List<Brief.Figure> latest = new ArrayList<>();
            List<Brief.Series> series = new ArrayList<>();
            for (SourceSeries s : m.series()) {
                if (s.latest() != null) {
                    latest.add(figure(s.source(), s.latest(), notes));
                }
                List<Brief.Point> points = new ArrayList<>();
                EstimateRow previous = null;
                for (EstimateRow r : s.timeline()) {
                    if (r.best() != null && r.firstClaimed() != null) {
                        points.add(new Brief.Point(LocalDate.parse(r.firstClaimed()), r.best()));
                    }
                    if (since != null && r.firstClaimed() != null && r.firstClaimed().compareTo(since.toString()) >= 0) {
                        changes.add(new Brief.Change(m.metric(), figure(s.source(), r, notes),
                                previous == null ? null : figureText(previous) + " (" + previous.lastClaimed() + ")"));
                    }
                    previous = r;
                }
                series.add(new Brief.Series(s.source(), points));
            }
            if (since != null) {
                for (EstimateRow r : m.separate()) {
                    if (r.firstClaimed() != null && r.firstClaimed().compareTo(since.toString()) >= 0) {
                        changes.add(new Brief.Change(m.metric(), figure(r.source(), r, notes), null));
                    }
                }
            }
            headlines.add(new Brief.Headline(m.metric(), m.role(), m.consensus(), latest, new Brief.Chart(metric, series)));
        }
        StatementQuery query = new StatementQuery(ledger);
        List<Brief.SourceStatements> statements = bySource(query.find(party, null, null, until, List.of(), 0), notes, perSource);
        List<StatementRow> others = query.inReports(notes.reportIds()).stream()
                .filter(s -> s.party() == null || !s.party().equalsIgnoreCase(party))
                .filter(s -> until == null || s.claimedOn() == null || s.claimedOn().compareTo(until) <= 0)
                .toList();
        List<Brief.SourceStatements> related = bySource(others, notes, perSource);
        return new Brief(party, asOf, since, headlines, changes, statements, related, notes.list());
    }

    /** Statements grouped by source, the newest {@code perSource} of each quoted; the sources in order of their newest statement. */
    private static List<Brief.SourceStatements> bySource(List<StatementRow> rows, Footnotes notes, int perSource) throws SQLException {
        Map<String, List<StatementRow>> bySource = new LinkedHashMap<>();
        for (StatementRow s : rows) {
            bySource.computeIfAbsent(s.source(), k -> new ArrayList<>()).add(s);
        }
        List<Brief.SourceStatements> out = new ArrayList<>();
        for (Map.Entry<String, List<StatementRow>> e : bySource.entrySet()) {
            List<StatementRow> all = e.getValue();
            List<StatementRow> quoted = perSource == 0 ? all : all.subList(0, Math.min(perSource, all.size()));
            List<Brief.Said> said = new ArrayList<>();
            for (StatementRow s : quoted) {
                said.add(new Brief.Said(s.claimedOn(), via(s.chain()), s.evidence(), notes.of(s.reportId())));
            }
            out.add(new Brief.SourceStatements(e.getKey(), said, all.size() - quoted.size()));
        }
        return out;
    }

    /** The line that stands for the statements a brief left out. */
    static String older(Brief.SourceStatements s) {
        return "… and " + s.older() + " earlier statement" + (s.older() == 1 ? "" : "s") + " from this source: reckon statements --source \""
                + s.source() + "\"";
    }

    /** The estimates as they stood on {@code until}: later citations dropped, dates recomputed. */
    static List<EstimateRow> asOf(List<EstimateRow> rows, String until) {
        return Reconciliation.asOf(rows, until);
    }

    private static Brief.Figure figure(String source, EstimateRow r, Footnotes notes) throws SQLException {
        Set<Integer> numbers = new LinkedHashSet<>();
        String via = null;
        for (Citation c : r.citations()) {
            numbers.add(notes.of(c.reportId()));
            if (via == null) {
                via = via(c.chain());
            }
        }
        // A figure a person confirmed, corrected or added says so (issue 14).
        boolean reviewed = r.citations().stream().anyMatch(Citation::reviewed);
        return new Brief.Figure(source, via, figureText(r) + (reviewed ? " (reviewed)" : ""), r.lastClaimed(), new ArrayList<>(numbers));
    }

    /** A metric with the role of the people counted: "killed (civilian)", "killed (role not stated)". */
    static String label(MetricEstimates m) {
        return m.metric() + " (" + ("unknown".equals(m.role()) ? "role not stated" : m.role()) + ")";
    }

    /** The relays of a chain "originator -> relay -> ...", or null when the originator spoke directly. */
    static String via(String chain) {
        if (chain == null) {
            return null;
        }
        String[] links = chain.split(" -> ");
        return links.length < 2 ? null : String.join(", ", Arrays.asList(links).subList(1, links.length));
    }

    static String figureText(EstimateRow r) {
        return switch (r.qualifier()) {
            case "exact" -> number(r.low());
            case "approx" -> "about " + number(r.low());
            case "at_least" -> "at least " + number(r.low());
            case "at_most" -> "at most " + number(r.high());
            case "range" -> number(r.low()) + "–" + number(r.high());
            default -> "an unstated number";
        };
    }

    static String number(Long n) {
        return n == null ? "?" : String.format(Locale.ROOT, "%,d", n);
    }
}
