package org.reckon.watch;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sources file: one URL per line (an RSS/Atom feed or an article page), optionally followed by
 * the outlet's name; blank lines and lines starting with {@code #} are skipped. A bad line is an
 * error naming the file and line.
 * <pre>
 * https://example.org/world/rss.xml   Example Post
 * https://example.org/live/kursk      Example Post
 * </pre>
 */
public record WatchList(List<Watched> sources) {
    /** One line: where to look and, when given, whose it is. */
    public record Watched(URI url, String outlet) {}

    public WatchList {
        sources = List.copyOf(sources);
    }

    public static WatchList read(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text");
        }
        Map<URI, Watched> out = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            URI url = url(parts[0], file + ":" + (i + 1));
            out.putIfAbsent(url, new Watched(url, parts.length > 1 ? parts[1].strip() : null));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(file + ": no sources (one URL per line, then the outlet's name if you like)");
        }
        return new WatchList(new ArrayList<>(out.values()));
    }

    private static URI url(String text, String where) {
        try {
            URI u = new URI(text);
            if (!"http".equalsIgnoreCase(u.getScheme()) && !"https".equalsIgnoreCase(u.getScheme()) || u.getHost() == null) {
                throw new IllegalArgumentException(where + ": expected an http or https URL, got '" + text + "'");
            }
            return u.normalize();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(where + ": not a URL: '" + text + "'");
        }
    }
}
