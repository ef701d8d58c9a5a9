package org.reckon.store.intake;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;
import org.reckon.io.ReportInput;
import org.reckon.model.Report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.function.Consumer;

/**
 * Reads an RSS 2.0 or Atom 1.0 feed file: each entry is a report (title, then the entry's full
 * content or else its summary, reduced to text); the feed's title is the outlet.
 */
public final class FeedReader {
    public void read(Path file, Consumer<ReportInput> sink) {
        String name = file.toString();
        SyndFeed feed;
        try (InputStream in = Files.newInputStream(file)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | FeedException | IllegalArgumentException e) {
            sink.accept(ReportInput.failed(name, "not a readable RSS/Atom feed: " + e.getMessage()));
            return;
        }
        String outlet = feed.getTitle() == null || feed.getTitle().isBlank() ? null : feed.getTitle().strip();
        int n = 0;
        for (SyndEntry entry : feed.getEntries()) {
            n++;
            String where = name + ":entry " + n;
            String text = text(entry);
            if (text.isBlank()) {
                sink.accept(ReportInput.failed(where, "feed entry has no text"));
                continue;
            }
            String id = entry.getUri() != null ? entry.getUri() : entry.getLink() != null ? entry.getLink() : name + "#" + n;
            sink.accept(ReportInput.ok(where, new Report(id, text, entry.getTitle(), date(entry), entry.getLink(), outlet)));
        }
    }

    private static String text(SyndEntry entry) {
        StringBuilder html = new StringBuilder();
        for (SyndContent c : entry.getContents()) {
            html.append(c.getValue()).append('\n');
        }
        if (html.length() == 0 && entry.getDescription() != null) {
            html.append(entry.getDescription().getValue());
        }
        StringBuilder text = new StringBuilder();
        if (entry.getTitle() != null && !entry.getTitle().isBlank()) {
            text.append(entry.getTitle().strip()).append("\n\n");
        }
        var body = Jsoup.parseBodyFragment(html.toString()).body();
        var paragraphs = body.select("p, li, h2, h3");
        if (paragraphs.isEmpty()) {
            text.append(body.text());
        } else {
            paragraphs.forEach(p -> text.append(p.text().strip()).append("\n\n"));
        }
        return text.toString().strip();
    }

    private static LocalDate date(SyndEntry entry) {
        Date d = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return d == null ? null : d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
