package org.reckon.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A test client for a running server: plain java.net.http, JSON bodies parsed with Jackson. */
final class Http {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A response: status, the raw body and its JSON (null when the body is not JSON). */
    record Reply(int status, String body, JsonNode json, HttpResponse<String> raw) {}

    /** A response read off a raw socket: status, headers as written, body. */
    record RawReply(int status, String head, String body) {}

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final int port;

    Http(int port) {
        this.base = "http://localhost:" + port;
        this.port = port;
    }

    /**
     * Sends bytes as they are, for requests {@link HttpClient} will not make (bad %-escapes,
     * broken chunked bodies, repeated headers); {@code Connection: close} is the caller's to add.
     */
    RawReply raw(byte[] request) throws IOException {
        return raw(request, null);
    }

    /** {@link #raw(byte[])} from a chosen loopback address ({@code 127.0.0.N}), as distinct clients. */
    RawReply raw(byte[] request, String from) throws IOException {
        try (Socket socket = from == null ? new Socket("localhost", port)
                : new Socket(java.net.InetAddress.getByName("127.0.0.1"), port, java.net.InetAddress.getByName(from), 0)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
                socket.shutdownOutput();
            } catch (IOException closedEarly) {
                // the server may answer and close before reading the whole request; its answer still counts
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.ISO_8859_1);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            if (!head.startsWith("HTTP/1.1 ")) {
                throw new IOException("no HTTP status line in answer: '" + head + "'");
            }
            return new RawReply(Integer.parseInt(head.substring(9, 12)), head, body);
        }
    }

    RawReply raw(String request) throws IOException {
        return raw(request.getBytes(StandardCharsets.UTF_8));
    }

    Reply get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    Reply post(String path, String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return send(request.build());
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    private Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode json = null;
        try {
            json = JSON.readTree(r.body());
        } catch (IOException notJson) {
            // pages and scripts are not JSON; tests that need JSON assert on it
        }
        return new Reply(r.statusCode(), r.body(), json, r);
    }
}
