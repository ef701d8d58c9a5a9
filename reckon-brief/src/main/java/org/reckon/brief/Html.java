package org.reckon.brief;

import java.util.List;
import java.util.stream.Collectors;

/** The brief as one self-contained HTML page: text from reports is escaped, charts are inline SVG. */
final class Html {
    private Html() {}

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String render(Brief b) {
        StringBuilder h = new StringBuilder();
        String title = "Brief: " + b.party() + (b.asOf() == null ? "" : " as of " + b.asOf());
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(escape(title)).append("</title>\n")
                .append("<style>@page{size:A4;margin:16mm}body{font-family:'").append(Pdf.FONT_FAMILY)
                .append("',sans-serif;max-width:52em;margin:2em auto;line-height:1.4}")
                .append("sup a{text-decoration:none}.date{white-space:nowrap}div.chart{page-break-inside:avoid}.consensus{font-weight:bold}blockquote{margin:.1em 0 .5em 1em;color:#333}section.source p,section.related p{margin:.5em 0 0}</style>")
                .append("</head><body>\n<h1>").append(escape(title)).append("</h1>\n");
        h.append("<h2>Headline</h2>\n");
        if (b.headlines().isEmpty()) {
            h.append("<p>No figures for ").append(escape(b.party())).append(" in the ledger.</p>\n");
        }
        for (Brief.Headline m : b.headlines()) {
            h.append("<section class=\"metric\" data-metric=\"").append(escape(m.metric())).append("\" data-role=\"")
                    .append(escape(m.role())).append("\"><h3>").append(escape(m.label())).append("</h3>\n");
            var c = m.consensus();
            if (c.best() != null) {
                h.append("<p class=\"consensus\">Consensus: ").append(Briefs.number(c.low())).append(" to ").append(Briefs.number(c.high()))
                        .append(", best ").append(Briefs.number(c.best())).append(" (").append(c.voices().size())
                        .append(" independent voice(s): ").append(escape(String.join("; ", c.voiceNames()))).append(")")
                        .append(c.asOf() == null ? "" : ", as of " + c.asOf()).append("</p>\n");
            }
            for (var v : c.notCounted()) {
                h.append("<p class=\"not-counted\">Not counted: ").append(escape(v.source())).append(", ").append(escape(v.reason()))
                        .append("</p>\n");
            }
            h.append("<ul>\n");
            for (Brief.Figure f : m.latest()) {
                h.append("<li>").append(figure(f, m.metric())).append("</li>\n");
            }
            h.append("</ul>\n<div class=\"chart\">").append(Charts.svg(m.chart())).append("</div>\n</section>\n");
        }
        if (b.since() != null) {
            h.append("<h2>Changed since ").append(b.since()).append("</h2>\n");
            if (b.changes().isEmpty()) {
                h.append("<p>No new or revised figures.</p>\n");
            }
            h.append("<ul>\n");
            for (Brief.Change ch : b.changes()) {
                h.append("<li>").append(ch.previous() == null ? "New: " : "Revised from " + escape(ch.previous()) + ": ")
                        .append(figure(ch.figure(), ch.metric())).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("<h2>Statements</h2>\n");
        if (b.statements().isEmpty()) {
            h.append("<p>No attributed statements about ").append(escape(b.party())).append(".</p>\n");
        }
        statements(h, b.statements(), "source");
        if (!b.related().isEmpty()) {
            h.append("<h2>Also said in the same reports</h2>\n<p>Statements in the cited reports about other sides, or about"
                    + " no side the extractor could name.</p>\n");
            statements(h, b.related(), "related");
        }
        h.append("<h2>Sources</h2>\n<ol class=\"footnotes\">\n");
        for (Brief.Footnote f : b.footnotes()) {
            h.append("<li id=\"note-").append(f.number()).append("\">").append(escape(f.title()));
            if (f.outlet() != null) {
                h.append(", ").append(escape(f.outlet()));
            }
            if (f.published() != null) {
                h.append(", ").append(escape(f.published()));
            }
            if (f.url() != null) {
                h.append(", <a href=\"").append(escape(f.url())).append("\">").append(escape(f.url())).append("</a>");
            }
            h.append("</li>\n");
        }
        return h.append("</ol>\n</body></html>\n").toString();
    }

    private static void statements(StringBuilder h, List<Brief.SourceStatements> sources, String cssClass) {
        for (Brief.SourceStatements s : sources) {
            h.append("<section class=\"").append(cssClass).append("\"><h3>").append(escape(s.source())).append("</h3>\n");
            for (Brief.Said said : s.said()) {
                h.append("<p><span class=\"date\">").append(escape(said.claimedOn() == null ? "undated" : said.claimedOn())).append("</span>")
                        .append(said.via() == null ? "" : ", via " + escape(said.via())).append(note(List.of(said.note())))
                        .append("</p><blockquote>").append(escape(said.text())).append("</blockquote>\n");
            }
            if (s.older() > 0) {
                h.append("<p class=\"older\">").append(escape(Briefs.older(s))).append("</p>\n");
            }
            h.append("</section>\n");
        }
    }

    private static String figure(Brief.Figure f, String metric) {
        return escape(f.figure()) + " " + escape(metric) + ": " + escape(f.source())
                + (f.via() == null ? "" : " via " + escape(f.via())) + ", <span class=\"date\">" + escape(f.date() == null ? "undated" : f.date()) + "</span>"
                + note(f.notes());
    }

    private static String note(List<Integer> notes) {
        return notes.stream().map(n -> "<sup><a href=\"#note-" + n + "\">[" + n + "]</a></sup>").collect(Collectors.joining());
    }
}
