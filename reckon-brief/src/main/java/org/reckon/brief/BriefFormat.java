package org.reckon.brief;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The formats a brief is written in, chosen by the output file's extension. */
public enum BriefFormat {
    /** One self-contained page with the charts as inline SVG. */
    HTML,
    /** The HTML page laid out for print, charts as vector SVG. */
    PDF,
    /** Markdown with footnotes; each chart is a PNG beside the file ({@code NAME-METRIC.png}). */
    MARKDOWN;

    /** The format for {@code file}: {@code .html}/{@code .htm}, {@code .pdf} or {@code .md}; anything else is refused with the reason. */
    public static BriefFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return HTML;
        }
        if (name.endsWith(".md")) {
            return MARKDOWN;
        }
        if (name.endsWith(".pdf")) {
            return PDF;
        }
        throw new IllegalArgumentException("the brief's file must end in .html, .pdf or .md, got '" + file + "'");
    }

    /** Writes the brief to {@code file}, with any images beside it; returns every file written. */
    public List<Path> write(Brief brief, Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        if (this == HTML || this == PDF) {
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                writeTo(brief, out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        } else {
            String stem = file.getFileName().toString().replaceFirst("(?i)\\.md$", "");
            Map<String, String> charts = new LinkedHashMap<>();
            for (Brief.Headline h : brief.headlines()) {
                String png = stem + "-" + (h.metric() + "-" + h.role()).replaceAll("[^A-Za-z0-9_-]", "_") + ".png";
                Charts.png(h.chart(), folder.resolve(png));
                written.add(folder.resolve(png));
                charts.put(h.label(), png);
            }
            Files.writeString(file, Markdown.render(brief, charts), StandardCharsets.UTF_8);
        }
        written.add(0, file);
        return written;
    }

    /** Writes a one-file brief (HTML or PDF) to {@code out}; Markdown needs a folder for its charts. */
    public void writeTo(Brief brief, OutputStream out) throws IOException {
        switch (this) {
            case HTML -> out.write(Html.render(brief).getBytes(StandardCharsets.UTF_8));
            case PDF -> Pdf.write(brief, out);
            case MARKDOWN -> throw new IllegalArgumentException("a Markdown brief is written to a file, with its charts beside it");
        }
    }

    /** The media type a server sends this format as. */
    public String mediaType() {
        return switch (this) {
            case HTML -> "text/html; charset=utf-8";
            case PDF -> "application/pdf";
            case MARKDOWN -> "text/markdown; charset=utf-8";
        };
    }
}
