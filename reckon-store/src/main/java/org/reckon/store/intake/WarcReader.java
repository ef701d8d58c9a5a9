package org.reckon.store.intake;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.reckon.io.ReportInput;
import org.reckon.io.ReportReader;
import org.reckon.model.Report;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads a WARC file (plain or gzipped): every HTTP response holding an HTML page is a report,
 * reduced to its article text; the target URL is its id and url, the host its outlet.
 */
public final class WarcReader {
    public void read(Path file, Consumer<ReportInput> sink) {
        String name = file.toString();
        try (org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(file)) {
            read(name, reader, sink);
        } catch (IOException | RuntimeException e) {
            sink.accept(ReportInput.failed(name, "not a readable WARC file: " + e.getMessage()));
        }
    }

    /** Reads a WARC stream (plain or gzipped) named {@code name} in messages; the caller closes the stream. */
    public void read(String name, InputStream in, Consumer<ReportInput> sink) {
        try {
            read(name, new org.netpreserve.jwarc.WarcReader(in), sink);
        } catch (IOException | RuntimeException e) {
            sink.accept(ReportInput.failed(name, "not a readable WARC file: " + e.getMessage()));
        }
    }

    private void read(String name, org.netpreserve.jwarc.WarcReader reader, Consumer<ReportInput> sink) throws IOException {
        for (WarcRecord record : reader) {
            if (!(record instanceof WarcResponse response)) {
                continue;
            }
            String where = name + ":" + reader.position();
            String url = response.target();
            try {
                MediaType type = response.http().contentType();
                if (!type.base().equals(MediaType.HTML.base()) && !type.toString().startsWith("application/xhtml")) {
                    continue;
                }
                byte[] body = response.http().body().stream().readAllBytes();
                if (body.length > ReportReader.MAX_REPORT_BYTES) {
                    sink.accept(ReportInput.failed(where, "page of " + body.length + " bytes is over the limit"));
                    continue;
                }
                Report page = ReportReader.fromHtml(url, new String(body, StandardCharsets.UTF_8));
                if (page.text().isBlank()) {
                    sink.accept(ReportInput.failed(where, "page " + url + " has no text"));
                    continue;
                }
                sink.accept(ReportInput.ok(where, new Report(url, page.text(), page.title(), page.published(), url, host(url))));
            } catch (IOException | RuntimeException e) {
                sink.accept(ReportInput.failed(where, "unreadable response for " + url + ": " + e.getMessage()));
            }
        }
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
