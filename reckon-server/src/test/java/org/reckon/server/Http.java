package org.reckon.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
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

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    Http(int port) {
        this.base = "http://localhost:" + port;
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
