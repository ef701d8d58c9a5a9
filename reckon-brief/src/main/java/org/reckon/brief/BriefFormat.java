package org.reckon.brief;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The formats a brief is written in, chosen by the output file's extension. */
public enum BriefFormat {
    /** One self-contained page with the charts as inline SVG. */
    HTML,
    /** Markdown with footnotes; each chart is a PNG beside the file ({@code NAME-METRIC.png}). */
    MARKDOWN;

    /** The format for {@code file}: {@code .html}/{@code .htm} or {@code .md}; anything else is refused with the reason. */
    public static BriefFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return HTML;
        }
        if (name.endsWith(".md")) {
            return MARKDOWN;
        }
        if (name.endsWith(".pdf")) {
            throw new IllegalArgumentException("PDF briefs are not available yet: write .html (and print it to PDF) or .md");
        }
        throw new IllegalArgumentException("the brief's file must end in .html or .md, got '" + file + "'");
    }

    /** Writes the brief to {@code file}, with any images beside it; returns every file written. */
    public List<Path> write(Brief brief, Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        if (this == HTML) {
            Files.writeString(file, Html.render(brief), StandardCharsets.UTF_8);
        } else {
            String stem = file.getFileName().toString().replaceFirst("(?i)\\.md$", "");
            Map<String, String> charts = new LinkedHashMap<>();
            for (Brief.Headline h : brief.headlines()) {
                String png = stem + "-" + h.metric().replaceAll("[^A-Za-z0-9_-]", "_") + ".png";
                Charts.png(h.chart(), folder.resolve(png));
                written.add(folder.resolve(png));
                charts.put(h.metric(), png);
            }
            Files.writeString(file, Markdown.render(brief, charts), StandardCharsets.UTF_8);
        }
        written.add(0, file);
        return written;
    }
}
