package org.reckon.brief;

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
        m.append("# Brief: ").append(escape(b.party())).append(b.asOf() == null ? "" : " as of " + b.asOf()).append("\n\n");
        m.append("## Headline\n\n");
        if (b.headlines().isEmpty()) {
            m.append("No figures for ").append(escape(b.party())).append(" in the ledger.\n\n");
        }
        for (Brief.Headline h : b.headlines()) {
            m.append("### ").append(escape(h.label())).append("\n\n");
            var c = h.consensus();
            if (c.best() != null) {
                m.append("**Consensus: ").append(Briefs.number(c.low())).append(" to ").append(Briefs.number(c.high()))
                        .append(", best ").append(Briefs.number(c.best())).append("** (").append(c.voices().size())
                        .append(" independent voice(s): ").append(escape(String.join("; ", c.voiceNames()))).append(")")
                        .append(c.asOf() == null ? "" : ", as of " + c.asOf()).append("\n\n");
            }
            for (var v : c.notCounted()) {
                m.append("- not counted: ").append(escape(v.source())).append(", ").append(escape(v.reason())).append('\n');
            }
            for (Brief.Figure f : h.latest()) {
                m.append("- ").append(figure(f, h.metric())).append('\n');
            }
            String png = charts.get(h.label());
            if (png != null) {
                m.append("\n![").append(escape(h.label())).append(" by source over time](").append(png).append(")\n\n");
                List<Brief.Series> series = h.chart().series();
                m.append("Chart lines: ");
                for (int i = 0; i < series.size(); i++) {
                    m.append(i == 0 ? "" : "; ").append(escape(series.get(i).source())).append(" (").append(Charts.colourName(i)).append(')');
                }
                m.append(".\n");
            }
            m.append('\n');
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
                        .append(escape(said.text())).append(note(List.of(said.note()))).append('\n');
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
