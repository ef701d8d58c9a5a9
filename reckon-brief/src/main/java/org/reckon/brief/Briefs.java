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

import org.reckon.words.FigureWords;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
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
        Map<String, Integer> colours = new LinkedHashMap<>();
        List<Brief.Headline> headlines = new ArrayList<>();
        List<Brief.Change> changes = new ArrayList<>();
        for (MetricEstimates m : estimates.metrics()) {
            headlines.add(headline(m, notes, colours));
            if (since != null) {
                changes.addAll(changes(m, since, notes));
            }
        }
        StatementQuery query = new StatementQuery(ledger);
        List<Brief.SourceStatements> statements = bySource(query.find(party, null, null, until, List.of(), 0), notes, perSource);
        List<StatementRow> others = query.inReports(notes.reportIds()).stream()
                .filter(s -> s.party() == null || !s.party().equalsIgnoreCase(party))
                .filter(s -> until == null || s.claimedOn() == null || s.claimedOn().compareTo(until) <= 0)
                .toList();
        List<Brief.SourceStatements> related = bySource(others, notes, perSource);
        Brief.Holdings holdings = holdings(estimates);
        return new Brief(party, asOf, asOf != null ? asOf : holdings.last(), since, Instant.now(), holdings, headlines, changes,
                statements, related, notes.list(), places(ledger, party, until));
    }

    /** The places of the party's counted claims (up to {@code until}), the largest figure first. */
    static List<Brief.MapPlace> places(Ledger ledger, String party, String until) throws SQLException {
        Map<String, List<org.reckon.store.query.ClaimRow>> byPlace = new LinkedHashMap<>();
        new org.reckon.store.query.ClaimQuery(ledger).each(new org.reckon.store.query.ClaimFilter(party, null, null, null, until, List.of()), 0,
                row -> {
                    if (row.place() != null) {
                        byPlace.computeIfAbsent(row.place().precision() + "|" + row.place().name() + "|" + row.place().country(),
                                k -> new ArrayList<>()).add(row);
                    }
                });
        List<Brief.MapPlace> out = new ArrayList<>();
        for (List<org.reckon.store.query.ClaimRow> rows : byPlace.values()) {
            org.reckon.places.Place p = rows.get(0).place();
            long largest = rows.stream().mapToLong(r -> r.best() == null ? 0 : r.best()).max().orElse(0);
            out.add(new Brief.MapPlace(p.name(), p.country(), p.precision().wire(), p.lat(), p.lon(), rows.size(), largest));
        }
        out.sort((a, b) -> Long.compare(b.largest(), a.largest()));
        return out;
    }

    private static Brief.Headline headline(MetricEstimates m, Footnotes notes, Map<String, Integer> colours) throws SQLException {
        List<Brief.Figure> latest = new ArrayList<>();
        List<Brief.Row> rows = new ArrayList<>();
        List<Brief.Series> series = new ArrayList<>();
        for (SourceSeries s : m.series()) {
            int colour = colours.computeIfAbsent(s.source(), k -> colours.size());
            if (s.latest() != null) {
                latest.add(figure(s.source(), s.latest(), notes));
                rows.add(row(s, colour, notes));
            }
            List<Brief.Point> points = new ArrayList<>();
            for (EstimateRow r : s.timeline()) {
                if (r.best() != null && r.firstClaimed() != null) {
                    points.add(new Brief.Point(LocalDate.parse(r.firstClaimed()), r.best()));
                }
            }
            series.add(new Brief.Series(s.source(), colour, points));
        }
        List<Brief.Series> charted = series.stream()
                .sorted(java.util.Comparator.comparingInt((Brief.Series s) -> -s.points().size()))
                .limit(Charts.MAX_SERIES).toList();
        List<Brief.Series> inOrder = series.stream().filter(charted::contains).toList();
        return new Brief.Headline(m.metric(), m.role(), m.consensus(), latest, rows, Summary.sentences(m),
                new Brief.Chart(label(m), inOrder, series.size() - inOrder.size()));
    }

    /** A source's standing figure beside the one it gave before, and the change between them. */
    private static Brief.Row row(SourceSeries s, int colour, Footnotes notes) throws SQLException {
        EstimateRow now = s.latest();
        EstimateRow before = Summary.before(s.timeline(), now);
        String change = before == null ? "first figure"
                : now.best() == null || before.best() == null ? "" : FigureWords.change(before.best(), now.best());
        Brief.Figure f = figure(s.source(), now, notes);
        return new Brief.Row(s.source(), colour, f.figure(), now.lastClaimed(), f.via(), before == null ? null : figureText(before),
                before == null ? null : before.lastClaimed(), change, f.notes());
    }

    private static List<Brief.Change> changes(MetricEstimates m, LocalDate since, Footnotes notes) throws SQLException {
        List<Brief.Change> changes = new ArrayList<>();
        for (SourceSeries s : m.series()) {
            EstimateRow previous = null;
            for (EstimateRow r : s.timeline()) {
                if (r.firstClaimed() != null && r.firstClaimed().compareTo(since.toString()) >= 0) {
                    changes.add(new Brief.Change(m.metric(), figure(s.source(), r, notes),
                            previous == null ? null : figureText(previous) + " (" + previous.lastClaimed() + ")"));
                }
                previous = r;
            }
        }
        for (EstimateRow r : m.separate()) {
            if (r.firstClaimed() != null && r.firstClaimed().compareTo(since.toString()) >= 0) {
                changes.add(new Brief.Change(m.metric(), figure(r.source(), r, notes), null));
            }
        }
        return changes;
    }

    /** Reports and sources behind the party's figures, and the first and last day one was claimed. */
    private static Brief.Holdings holdings(PartyEstimates estimates) {
        Set<Long> reports = new HashSet<>();
        Set<String> sources = new HashSet<>();
        String first = null;
        String last = null;
        for (MetricEstimates m : estimates.metrics()) {
            List<EstimateRow> all = new ArrayList<>(m.separate());
            m.series().forEach(s -> all.addAll(s.timeline()));
            for (EstimateRow r : all) {
                sources.add(r.source());
                for (Citation c : r.citations()) {
                    reports.add(c.reportId());
                    if (c.claimedOn() != null) {
                        first = first == null || c.claimedOn().compareTo(first) < 0 ? c.claimedOn() : first;
                        last = last == null || c.claimedOn().compareTo(last) > 0 ? c.claimedOn() : last;
                    }
                }
            }
        }
        return new Brief.Holdings(reports.size(), sources.size(), first == null ? null : LocalDate.parse(first),
                last == null ? null : LocalDate.parse(last));
    }

    /**
     * Statements grouped by source, the newest {@code perSource} of each quoted; the sources in order of their
     * newest statement. The same words from the same source through the same relay in several reports
     * (syndicated copies, a wire story reprinted the next day) are one statement with each report's footnote,
     * dated when first said.
     */
    private static List<Brief.SourceStatements> bySource(List<StatementRow> rows, Footnotes notes, int perSource) throws SQLException {
        Map<String, Map<String, List<StatementRow>>> bySource = new LinkedHashMap<>();
        for (StatementRow s : rows) {
            bySource.computeIfAbsent(s.source(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(sameWords(s), k -> new ArrayList<>()).add(s);
        }
        List<Brief.SourceStatements> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<StatementRow>>> e : bySource.entrySet()) {
            List<List<StatementRow>> all = new ArrayList<>(e.getValue().values());
            List<List<StatementRow>> quoted = perSource == 0 ? all : all.subList(0, Math.min(perSource, all.size()));
            List<Brief.Said> said = new ArrayList<>();
            for (List<StatementRow> copies : quoted) {
                said.add(said(copies, notes));
            }
            out.add(new Brief.SourceStatements(e.getKey(), said, all.size() - quoted.size()));
        }
        return out;
    }

    /** The key under which copies of one statement meet: its relay and its words, case and spacing aside. */
    private static String sameWords(StatementRow s) {
        return via(s.chain()) + "\u0000" + s.evidence().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Brief.Said said(List<StatementRow> copies, Footnotes notes) throws SQLException {
        StatementRow newest = copies.get(0);
        String first = null;
        Set<Integer> numbers = new LinkedHashSet<>();
        for (StatementRow s : copies) {
            if (s.claimedOn() != null && (first == null || s.claimedOn().compareTo(first) < 0)) {
                first = s.claimedOn();
            }
            numbers.add(notes.of(s.reportId()));
        }
        return new Brief.Said(first, via(newest.chain()), newest.evidence(), numbers.stream().sorted().toList());
    }

    /** The line that stands for the statements a brief left out. */
    static String older(Brief.SourceStatements s) {
        return "… and " + FigureWords.count(s.older(), "earlier statement", "earlier statements") + " from this source, not quoted here.";
    }

    /** The estimates as they stood on {@code until}: later citations dropped, dates recomputed. */
    static List<EstimateRow> asOf(List<EstimateRow> rows, String until) {
        return Reconciliation.asOf(rows, until);
    }

    private static Brief.Figure figure(String source, EstimateRow r, Footnotes notes) throws SQLException {
        Set<Integer> numbers = new LinkedHashSet<>();
        for (Citation c : r.citations()) {
            numbers.add(notes.of(c.reportId()));
        }
        // A figure a person confirmed, corrected or added says so (issue 14).
        boolean reviewed = r.citations().stream().anyMatch(Citation::reviewed);
        return new Brief.Figure(source, relays(r), figureText(r) + (reviewed ? " (reviewed)" : ""), r.lastClaimed(), new ArrayList<>(numbers));
    }

    /** Everyone who relayed the figure in any of its reports, in order of first mention ("Lee Seong-kweun and Park Jin-woo"); null for none. */
    static String relays(EstimateRow r) {
        Set<String> names = new LinkedHashSet<>();
        for (Citation c : r.citations()) {
            String via = via(c.chain());
            if (via != null) {
                names.add(via);
            }
        }
        return names.isEmpty() ? null : String.join(" and ", names);
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
        return FigureWords.figure(r.qualifier(), r.low(), r.high());
    }

    static String number(Long n) {
        return FigureWords.number(n);
    }
}
