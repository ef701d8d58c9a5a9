package org.reckon.brief;

import org.reckon.words.FigureWords;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The brief as Markdown; each metric's chart is a PNG beside the file, named in {@code charts}. */
final class Markdown {
    private Markdown() {}

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replaceAll("\\s+", " ").replaceAll("([\\\\`*_\\[\\]<>|#])", "\\\\$1");
    }

    static String render(Brief b, Map<String, String> charts) {
        StringBuilder m = new StringBuilder();
        m.append("# ").append(escape(b.party())).append("\n\n**Casualty figures")
                .append(b.shownAsOf() == null ? "" : " as of " + FigureWords.date(b.shownAsOf())).append("**\n\n")
                .append(escape(Html.holdings(b))).append("\n\n## Summary\n\n");
        if (b.headlines().isEmpty()) {
            m.append("The ledger holds no figures for ").append(escape(b.party())).append(".\n\n");
        }
        for (Brief.Headline h : b.headlines()) {
            m.append("**").append(escape(Html.capital(h.label()))).append(".** ").append(escape(String.join(" ", h.summary()))).append("\n\n");
        }
        for (Brief.Headline h : b.headlines()) {
            m.append("## ").append(escape(Html.capital(h.label()))).append("\n\n");
            String consensus = Html.consensus(h.consensus());
            if (consensus != null) {
                m.append("**").append(escape(consensus)).append("**\n\n");
            }
            m.append("| Source | Latest figure | Date | Via | Previous | Change |\n|---|---:|---|---|---:|---:|\n");
            for (Brief.Row r : h.rows()) {
                m.append("| ").append(escape(r.source())).append(note(r.notes())).append(" | ").append(escape(r.figure())).append(" | ")
                        .append(FigureWords.shortDate(r.date())).append(" | ").append(escape(r.via())).append(" | ")
                        .append(r.previous() == null ? "" : escape(r.previous()) + " (" + FigureWords.shortDate(r.previousDate()) + ")")
                        .append(" | ").append(escape(r.change())).append(" |\n");
            }
            m.append('\n');
            for (var v : h.consensus().notCounted()) {
                m.append("- not counted: ").append(escape(v.source())).append(", ").append(escape(v.reason())).append('\n');
            }
            String png = charts.get(h.label());
            if (png != null) {
                m.append("\n![").append(escape(h.label())).append(" by source over time](").append(png).append(")\n\n");
                m.append("Chart lines: ");
                String sep = "";
                for (Brief.Series s : h.chart().series()) {
                    if (!s.points().isEmpty()) {
                        m.append(sep).append(escape(s.source())).append(" (").append(Charts.colourName(s.colour())).append(')');
                        sep = "; ";
                    }
                }
                m.append(".\n");
            }
            m.append('\n');
        }
        if (!b.places().isEmpty()) {
            m.append("## Where\n\n").append(escape(Html.placesLine(b.places()))).append("\n\n");
        }
        if (b.since() != null) {
            m.append("## Changed since ").append(b.since()).append("\n\n");
            if (b.changes().isEmpty()) {
                m.append("No new or revised figures.\n");
            }
            for (Brief.Change ch : b.changes()) {
                m.append("- ").append(ch.previous() == null ? "New: " : "Revised from " + escape(ch.previous()) + ": ")
                        .append(figure(ch.figure(), ch.metric())).append('\n');
            }
            m.append('\n');
        }
        m.append("## Statements\n\n");
        if (b.statements().isEmpty()) {
            m.append("No attributed statements about ").append(escape(b.party())).append(".\n\n");
        }
        statements(m, b.statements());
        if (!b.related().isEmpty()) {
            m.append("## Also said in the same reports\n\nStatements in the cited reports about other sides, or about no side"
                    + " the extractor could name.\n\n");
            statements(m, b.related());
        }
        m.append("## Sources\n\n");
        for (Brief.Footnote f : b.footnotes()) {
            m.append("[^").append(f.number()).append("]: ").append(escape(f.title()));
            if (f.outlet() != null) {
                m.append(", ").append(escape(f.outlet()));
            }
            if (f.published() != null) {
                m.append(", ").append(f.published());
            }
            if (f.url() != null) {
                m.append(", <").append(f.url().replace(">", "%3E")).append('>');
            }
            m.append('\n');
        }
        return m.toString();
    }

    private static void statements(StringBuilder m, List<Brief.SourceStatements> sources) {
        for (Brief.SourceStatements s : sources) {
            m.append("### ").append(escape(s.source())).append("\n\n");
            for (Brief.Said said : s.said()) {
                m.append("- ").append(said.claimedOn() == null ? "undated" : said.claimedOn())
                        .append(said.via() == null ? "" : ", via " + escape(said.via())).append(": ")
                        .append(escape(said.text())).append(note(said.notes())).append('\n');
            }
            if (s.older() > 0) {
                m.append("- ").append(escape(Briefs.older(s))).append('\n');
            }
            m.append('\n');
        }
    }

    private static String figure(Brief.Figure f, String metric) {
        return escape(f.figure()) + " " + escape(metric) + ": " + escape(f.source()) + (f.via() == null ? "" : " via " + escape(f.via()))
                + ", " + (f.date() == null ? "undated" : f.date()) + note(f.notes());
    }

    private static String note(List<Integer> notes) {
        return notes.stream().map(n -> "[^" + n + "]").collect(Collectors.joining());
    }
}
