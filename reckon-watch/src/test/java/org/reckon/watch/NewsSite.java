package org.reckon.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A news site on loopback for the watcher's tests (the JDK's own HTTP server): pages and feeds
 * set by path, each answered with an ETag and a 304 to a matching {@code If-None-Match}, plus
 * whatever special answers a test installs. Every request is logged with its conditional header.
 */
public final class NewsSite implements AutoCloseable {
    /** One request as the site saw it. */
    public record Hit(String path, String ifNoneMatch, String userAgent) {}

    @FunctionalInterface
    public interface Answer {
        void answer(HttpExchange ex) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    public final List<Hit> hits = new CopyOnWriteArrayList<>();

    public NewsSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            hits.add(new Hit(path, ex.getRequestHeaders().getFirst("If-None-Match"), ex.getRequestHeaders().getFirst("User-Agent")));
            Answer a = answers.get(path);
            try (ex) {
                if (a == null) {
                    send(ex, 404, "text/plain", "not here");
                } else {
                    a.answer(ex);
                }
            } catch (IOException | RuntimeException gone) {
                // the client gave up (a timeout test); nothing to answer
            }
        });
        server.start();
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Serves {@code body} at {@code path} with an ETag of its content, answering 304 when the client has it. */
    public void serve(String path, String contentType, String body) {
        String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
        answers.put(path, ex -> {
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.getResponseHeaders().add("ETag", etag);
            send(ex, 200, contentType, body);
        });
    }

    public void answer(String path, Answer a) {
        answers.put(path, a);
    }

    public long hitsOn(String path) {
        return hits.stream().filter(h -> h.path().equals(path)).count();
    }

    public static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    public static String article(String site, String title, String published, String... paragraphs) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><title>" + title + "</title>"
                + "<meta property=\"og:site_name\" content=\"" + site + "\">"
                + "<meta property=\"article:published_time\" content=\"" + published + "T08:00:00Z\"></head><body>"
                + "<nav>Home | World</nav><article><h1>" + title + "</h1>");
        for (String p : paragraphs) {
            sb.append("<p>").append(p).append("</p>");
        }
        return sb.append("</article><footer>Copyright</footer></body></html>").toString();
    }

    public static String rss(String title, String... links) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>" + title
                + "</title><link>http://example.invalid/</link><description>news</description>");
        for (String l : links) {
            sb.append("<item><title>Entry ").append(l).append("</title><link>").append(l)
                    .append("</link><pubDate>Mon, 10 Feb 2025 08:00:00 GMT</pubDate></item>");
        }
        return sb.append("</channel></rss>").toString();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
