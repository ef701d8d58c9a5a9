package org.reckon.brief;

import org.reckon.store.reconcile.Consensus;

import java.time.LocalDate;
import java.util.List;

/**
 * A briefing on one party as of a date: per metric the consensus range and each source's
 * standing figure, what changed since a date, the statements grouped by source (newest first),
 * the statements the same reports make about other sides (or none the extractor could name), as
 * context, and the reports every line is footnoted to. Built by {@link Briefs#build}, written by
 * {@link BriefFormat}.
 */
public record Brief(String party, LocalDate asOf, LocalDate since, List<Headline> headlines, List<Change> changes,
                    List<SourceStatements> statements, List<SourceStatements> related, List<Footnote> footnotes) {
    public Brief {
        headlines = List.copyOf(headlines);
        changes = List.copyOf(changes);
        statements = List.copyOf(statements);
        related = List.copyOf(related);
        footnotes = List.copyOf(footnotes);
    }

    /**
     * One metric and role of the people counted (military, civilian, unknown): the consensus over
     * independent voices, each source's latest figure, and the chart.
     */
    public record Headline(String metric, String role, Consensus consensus, List<Figure> latest, Chart chart) {
        public Headline {
            latest = List.copyOf(latest);
        }

        /** The metric with its role: "killed (civilian)", "killed (role not stated)". */
        public String label() {
            return metric + " (" + ("unknown".equals(role) ? "role not stated" : role) + ")";
        }
    }

    /** A figure a source gave: who (with the relays, "via ..."), how many, when, and its footnotes. */
    public record Figure(String source, String via, String figure, String date, List<Integer> notes) {
        public Figure {
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

    /** One statement: when, through whom, the sentence, and its footnote. */
    public record Said(String claimedOn, String via, String text, int note) {}

    /** A report a line rests on. */
    public record Footnote(int number, String title, String outlet, String published, String url) {}

    /** Each source's running figures for one metric over time: one series per source. */
    public record Chart(String metric, List<Series> series) {
        public Chart {
            series = List.copyOf(series);
        }
    }

    public record Series(String source, List<Point> points) {
        public Series {
            points = List.copyOf(points);
        }
    }

    public record Point(LocalDate date, long value) {}
}
