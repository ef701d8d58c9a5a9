package org.reckon.watch;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.reckon.io.ReportReader;
import org.reckon.model.Report;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * An article page as a report: its text reduced as {@code reckon ingest} reduces an {@code .html}
 * file, with the title, outlet and dates the page's metadata gives (Open Graph, {@code article:*},
 * {@code itemprop}), else what the feed entry or the sources file said.
 */
final class PageReader {
    /** What a page says about itself besides its text. */
    record Page(Report report, LocalDate modified) {}

    private PageReader() {}

    static Page read(URI url, byte[] html, String id, String fallbackTitle, LocalDate fallbackPublished, String fallbackOutlet) {
        String text = new String(html, StandardCharsets.UTF_8);
        Report reduced = ReportReader.fromHtml(id, text);
        Document doc = Jsoup.parse(text, url.toString());
        String outlet = firstNonBlank(meta(doc, "meta[property=og:site_name]"), fallbackOutlet, url.getHost());
        String title = firstNonBlank(reduced.title(), meta(doc, "meta[property=og:title]"), fallbackTitle);
        LocalDate published = reduced.published() != null ? reduced.published() : fallbackPublished;
        LocalDate modified = date(meta(doc, "meta[property=article:modified_time], meta[itemprop=dateModified]"));
        return new Page(new Report(id, reduced.text(), title, published, url.toString(), outlet), modified);
    }

    private static String meta(Document doc, String css) {
        Element e = doc.selectFirst(css);
        return e == null ? null : e.attr("content");
    }

    static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return s.length() <= 10 ? LocalDate.parse(s.strip()) : OffsetDateTime.parse(s.strip()).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(s.strip().substring(0, 10));
            } catch (RuntimeException unreadable) {
                return null;
            }
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
