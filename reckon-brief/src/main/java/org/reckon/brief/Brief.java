package org.reckon.brief;

import org.reckon.store.reconcile.Consensus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A briefing on one party as of a date: a title block (what the ledger holds on the party), per
 * metric a summary in sentences, a table of each source's standing figure and the one before it,
 * and a chart; what changed since a date; the statements grouped by source (newest first), the
 * statements the same reports make about other sides, as context; and the reports every line is
 * footnoted to. Built by {@link Briefs#build}, written by {@link BriefFormat}.
 *
 * @param asOf  the day asked for (null: the ledger as it stands)
 * @param shownAsOf the day the brief stands for: {@code asOf}, else the newest date of a figure in it (null when it has none)
 */
public record Brief(String party, LocalDate asOf, LocalDate shownAsOf, LocalDate since, Instant generated, Holdings holdings,
                    List<Headline> headlines, List<Change> changes, List<SourceStatements> statements,
                    List<SourceStatements> related, List<Footnote> footnotes, List<MapPlace> places) {
    public Brief {
        places = List.copyOf(places);
        headlines = List.copyOf(headlines);
        changes = List.copyOf(changes);
        statements = List.copyOf(statements);
        related = List.copyOf(related);
        footnotes = List.copyOf(footnotes);
    }

    /** A place the brief's figures name: how many of the party's claims are placed there and the largest figure among them. */
    public record MapPlace(String name, String country, String precision, double lat, double lon, int claims, long largest) {}

    /** What the ledger holds on the party: reports and sources with figures, and the first and last day a figure was claimed. */
    public record Holdings(int reports, int sources, LocalDate first, LocalDate last) {}

    /**
     * One metric and role of the people counted (military, civilian, unknown): the consensus over
     * independent voices, each source's latest figure (as a figure and as a table row), the
     * summary sentences, and the chart.
     */
    public record Headline(String metric, String role, Consensus consensus, List<Figure> latest, List<Row> rows,
                           List<String> summary, Chart chart) {
        public Headline {
            latest = List.copyOf(latest);
            rows = List.copyOf(rows);
            summary = List.copyOf(summary);
        }

        /** The metric with its role: "killed (civilian)", "killed (role not stated)". */
        public String label() {
            return metric + " (" + ("unknown".equals(role) ? "role not stated" : role) + ")";
        }
    }

    /** A figure a source gave: who (with the relays, "via ..."), how many in words, when (ISO date), and its footnotes. */
    public record Figure(String source, String via, String figure, String date, List<Integer> notes) {
        public Figure {
            notes = List.copyOf(notes);
        }
    }

    /**
     * One line of a metric's table: a source's standing figure in words, its date and relays, the
     * figure the source gave before it and the change, and the chart colour of the source.
     */
    public record Row(String source, int colour, String figure, String date, String via, String previous,
                      String previousDate, String change, List<Integer> notes) {
        public Row {
            notes = List.copyOf(notes);
        }
    }

    /** A figure first given on or after {@code since}: new, or a revision of the source's earlier figure. */
    public record Change(String metric, Figure figure, String previous) {}

    /** What one source said about the party, newest first, and how many older statements were left out. */
    public record SourceStatements(String source, List<Said> said, int older) {
        public SourceStatements {
            said = List.copyOf(said);
        }
    }

    /**
     * One statement: when it was first said, through whom, the sentence, and the reports that carry it
     * (a syndicated copy adds a footnote, not a second line).
     */
    public record Said(String claimedOn, String via, String text, List<Integer> notes) {
        public Said {
            notes = List.copyOf(notes);
        }
    }

    /** A report a line rests on. */
    public record Footnote(int number, String title, String outlet, String published, String url) {}

    /**
     * Each source's running figures for one metric over time: one series per source, at most
     * {@link Charts#MAX_SERIES} of them (those with the most figures); {@code leftOut} counts the
     * sources only the table lists.
     */
    public record Chart(String metric, List<Series> series, int leftOut) {
        public Chart {
            series = List.copyOf(series);
        }
    }

    /** One source's line; {@code colour} indexes {@link Charts#COLOURS} and is the same for the source in every chart of a brief. */
    public record Series(String source, int colour, List<Point> points) {
        public Series {
            points = List.copyOf(points);
        }
    }

    public record Point(LocalDate date, long value) {}
}
