package org.reckon.cli;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Builds small WARC files by hand for tests. */
final class Warcs {
    private Warcs() {}

    static byte[] response(String url, String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] block = (http + html).getBytes(StandardCharsets.UTF_8);
        String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + url + "\r\nWARC-Date: 2025-03-04T12:00:00Z\r\n"
                + "WARC-Record-ID: <urn:uuid:" + UUID.randomUUID() + ">\r\nContent-Type: application/http;msgtype=response\r\n"
                + "Content-Length: " + block.length + "\r\n\r\n";
        String record = header + new String(block, StandardCharsets.UTF_8) + "\r\n\r\n";
        return record.getBytes(StandardCharsets.UTF_8);
    }
}
