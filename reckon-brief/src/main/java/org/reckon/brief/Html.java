package org.reckon.brief;

import org.reckon.words.FigureWords;

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

    static final String STYLE = "@page{size:A4;margin:16mm}body{font-family:'" + Pdf.FONT_FAMILY + "',sans-serif;max-width:52em;"
            + "margin:2em auto;line-height:1.4;font-size:10.5pt}h1{margin:0}.subtitle{font-size:1.2em;margin:.2em 0}"
            + ".meta{color:#444;margin:.2em 0 1em}header.title{border-bottom:1px solid #999;margin-bottom:1em}"
            + "sup a{text-decoration:none}.date{white-space:nowrap}div.chart{page-break-inside:avoid}"
            + "table.figures{border-collapse:collapse;width:100%;margin:.5em 0}table.figures th,table.figures td{border-bottom:1px solid #ddd;"
            + "padding:2px 6px;text-align:left;vertical-align:top}table.figures td.n{text-align:right;white-space:nowrap}"
            + ".swatch{display:inline-block;width:.8em;height:.8em;margin-right:.35em}ul.legend{list-style:none;padding:0;margin:0 0 1em}"
            + ".consensus{font-weight:bold}blockquote{margin:.1em 0 .5em 1em;color:#333}section.source p,section.related p{margin:.5em 0 0}";

    /** "Kursk Oblast, Russia (5 claims); Kharkiv, Ukraine (1 claim)". */
    static String placesLine(List<Brief.MapPlace> places) {
        StringBuilder out = new StringBuilder();
        for (Brief.MapPlace p : places) {
            out.append(out.length() == 0 ? "" : "; ").append(p.name()).append(p.name().equals(p.country()) ? "" : ", " + p.country())
                    .append(" (").append(p.claims()).append(p.claims() == 1 ? " claim)" : " claims)");
        }
        return out.append('.').toString();
    }

    static String render(Brief b) {
        StringBuilder h = new StringBuilder();
        String title = b.party() + ": casualty figures" + (b.shownAsOf() == null ? "" : " as of " + FigureWords.date(b.shownAsOf()));
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(escape(title)).append("</title>\n")
                .append("<style>").append(STYLE).append("</style>").append("</head><body>\n");
        titleBlock(h, b);
        h.append("<h2>Summary</h2>\n");
        if (b.headlines().isEmpty()) {
            h.append("<p>The ledger holds no figures for ").append(escape(b.party())).append(".</p>\n");
        }
        for (Brief.Headline m : b.headlines()) {
            h.append("<p class=\"summary\"><strong>").append(escape(capital(m.label()))).append(".</strong> ")
                    .append(escape(String.join(" ", m.summary()))).append("</p>\n");
        }
        for (Brief.Headline m : b.headlines()) {
            metric(h, m);
        }
        if (!b.places().isEmpty()) {
            h.append("<h2>Where</h2>\n<div class=\"place-map\">").append(BriefMap.svg(b.places())).append("</div>\n<p class=\"map-note\">")
                    .append(escape(placesLine(b.places()))).append(" Circles grow with the largest figure claimed at each place;"
                            + " pale circles are areas or whole countries. Shapes: Natural Earth; places: GeoNames (CC BY 4.0).</p>\n");
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

    private static void titleBlock(StringBuilder h, Brief b) {
        h.append("<header class=\"title\"><h1>").append(escape(b.party())).append("</h1>\n<p class=\"subtitle\">Casualty figures")
                .append(b.shownAsOf() == null ? "" : " as of " + FigureWords.date(b.shownAsOf())).append("</p>\n<p class=\"meta\">")
                .append(escape(holdings(b))).append("</p></header>\n");
    }

    /** The title block's line on what the brief rests on and when it was made. */
    static String holdings(Brief b) {
        Brief.Holdings l = b.holdings();
        String generated = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", java.util.Locale.ENGLISH)
                .format(b.generated().atZone(java.time.ZoneOffset.UTC));
        String holds = l.reports() == 0 ? "The ledger holds no figures on " + b.party() + "."
                : "The ledger holds figures on " + b.party() + " from " + FigureWords.count(l.reports(), "report", "reports") + " and "
                + FigureWords.count(l.sources(), "source", "sources")
                + (l.first() == null ? "" : ", claimed between " + FigureWords.date(l.first()) + " and " + FigureWords.date(l.last())) + ".";
        return holds + (b.asOf() == null ? "" : " Only what was claimed up to " + FigureWords.date(b.asOf()) + " is shown.")
                + " Generated " + generated + ".";
    }

    private static void metric(StringBuilder h, Brief.Headline m) {
        h.append("<section class=\"metric\" data-metric=\"").append(escape(m.metric())).append("\" data-role=\"")
                .append(escape(m.role())).append("\"><h2>").append(escape(capital(m.label()))).append("</h2>\n");
        String consensus = consensus(m.consensus());
        if (consensus != null) {
            h.append("<p class=\"consensus\">").append(escape(consensus)).append("</p>\n");
        }
        h.append("<table class=\"figures\"><thead><tr><th>Source</th><th>Latest figure</th><th>Date</th><th>Via</th><th>Previous</th>"
                + "<th>Change</th></tr></thead><tbody>\n");
        for (Brief.Row r : m.rows()) {
            h.append("<tr><td>").append(swatch(r.colour())).append(escape(r.source())).append(note(r.notes())).append("</td><td class=\"n\">")
                    .append(escape(r.figure())).append("</td><td class=\"date\">").append(escape(FigureWords.shortDate(r.date())))
                    .append("</td><td>").append(escape(r.via() == null ? "" : r.via())).append("</td><td class=\"n\">")
                    .append(r.previous() == null ? "" : escape(r.previous()) + " <span class=\"date\">("
                            + escape(FigureWords.shortDate(r.previousDate())) + ")</span>")
                    .append("</td><td class=\"n\">").append(escape(r.change())).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
        for (var v : m.consensus().notCounted()) {
            h.append("<p class=\"not-counted\">Not counted: ").append(escape(v.source())).append(", ").append(escape(v.reason()))
                    .append("</p>\n");
        }
        h.append("<div class=\"chart\">").append(Charts.svg(m.chart())).append("\n<ul class=\"legend\">");
        for (Brief.Series s : m.chart().series()) {
            if (!s.points().isEmpty()) {
                h.append("<li>").append(swatch(s.colour())).append(escape(s.source())).append("</li>");
            }
        }
        h.append("</ul>");
        if (m.chart().leftOut() > 0) {
            h.append("<p class=\"left-out\">The chart draws the ").append(Charts.MAX_SERIES).append(" sources with the most figures; ")
                    .append(FigureWords.count(m.chart().leftOut(), "other is", "others are")).append(" in the table.</p>");
        }
        h.append("</div>\n</section>\n");
    }

    /** The range across voices in words, or null when no voice is counted. */
    static String consensus(org.reckon.store.reconcile.Consensus c) {
        if (c.best() == null || c.voices().isEmpty()) {
            return null;
        }
        String asOf = c.asOf() == null ? "" : " as of " + FigureWords.date(c.asOf());
        if (c.voices().size() == 1) {
            var v = c.voices().get(0);
            return "One independent voice" + asOf + ": " + v.source() + ", " + FigureWords.figure(v.qualifier(), v.low(), v.high()) + ".";
        }
        return "Range" + asOf + ": " + FigureWords.number(c.low()) + " to " + FigureWords.number(c.high()) + " across "
                + c.voices().size() + " independent voices (" + String.join("; ", c.voiceNames()) + "); median of their best figures "
                + FigureWords.number(c.best()) + ".";
    }

    private static String swatch(int colour) {
        return "<span class=\"swatch\" style=\"background:" + Charts.colour(colour) + "\"></span>";
    }

    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static void statements(StringBuilder h, List<Brief.SourceStatements> sources, String cssClass) {
        for (Brief.SourceStatements s : sources) {
            h.append("<section class=\"").append(cssClass).append("\"><h3>").append(escape(s.source())).append("</h3>\n");
            for (Brief.Said said : s.said()) {
                h.append("<p><span class=\"date\">").append(escape(said.claimedOn() == null ? "undated" : said.claimedOn())).append("</span>")
                        .append(said.via() == null ? "" : ", via " + escape(said.via())).append(note(said.notes()))
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
