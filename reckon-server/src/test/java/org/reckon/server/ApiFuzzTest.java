package org.reckon.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.store.TestLedgers;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends malformed requests to every path and method of the OpenAPI document, on a real server
 * over a real ledger: junk path ids and query values (bad %-escapes, out-of-range dates and
 * numbers, control characters, overlong text), unsupported methods, repeated and malformed
 * headers, junk and broken chunked bodies, with and without the token. No answer may be a 5xx.
 * Bounded: {@link #REQUESTS} requests or {@link #SECONDS} seconds, whichever comes first, from a
 * fixed seed, so a failure replays.
 */
class ApiFuzzTest {
    static final int REQUESTS = 600;
    static final int SECONDS = 60;
    static final long SEED = 20261129L;
    static final String TOKEN = "fuzz-token";

    @TempDir
    Path dir;

    @Test
    void noMalformedRequestToAnyEndpointGetsA5xx() throws Exception {
        JsonNode doc;
        try (InputStream in = Server.class.getResourceAsStream("/openapi.json")) {
            doc = new ObjectMapper().readTree(in);
        }
        Map<String, List<String>> endpoints = new LinkedHashMap<>();
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                endpoints.computeIfAbsent(path.getKey(), k -> new ArrayList<>()).add(op.getKey().toUpperCase());
                for (JsonNode p : op.getValue().path("parameters")) {
                    if ("query".equals(p.path("in").asText())) {
                        params.computeIfAbsent(path.getKey(), k -> new ArrayList<>()).add(p.get("name").asText());
                    }
                }
            }
        }
        assertThat(endpoints).containsKeys("/api/claims", "/api/claims/{id}", "/api/estimates", "/api/reports", "/api/brief");

        try (Server server = Server.start(new ServerConfig(0, TestLedgers.sqlite(dir).url(), TOKEN, 256 * 1024))) {
            Http http = new Http(server.port());
            assertThat(http.post("/api/reports", ServerContract.ledgerJsonl(), TOKEN).status()).isEqualTo(201);
            Random random = new Random(SEED);
            List<String> templates = new ArrayList<>(endpoints.keySet());
            long deadline = System.nanoTime() + SECONDS * 1_000_000_000L;
            Map<Integer, Integer> statuses = new java.util.TreeMap<>();
            int sent = 0;
            for (; sent < REQUESTS && System.nanoTime() < deadline; sent++) {
                String template = templates.get(sent % templates.size());
                byte[] request = request(random, template, endpoints.get(template), params.getOrDefault(template, List.of()));
                // from many loopback addresses, so that the limit on failed authentications lets bodies through to the parser
                Http.RawReply reply = http.raw(request, "127.0.0." + (2 + sent % 200));
                statuses.merge(reply.status(), 1, Integer::sum);
                assertThat(reply.status()).as("request %d:\n%s\nanswer:\n%s\n%s", sent,
                        new String(request, 0, Math.min(request.length, 2000), StandardCharsets.ISO_8859_1), reply.head(), reply.body())
                        .isLessThan(500);
            }
            System.out.println("ApiFuzzTest: " + sent + " requests, by status: " + statuses);
            assertThat(sent).as("requests sent within the time bound, by status: " + statuses).isGreaterThanOrEqualTo(100);
        }
    }

    private static final String[] JUNK = {"", "%", "%u0041", "%zz", "%00", "%C0%AF", "%FF%FE", "-1", "0", "99999999999999999999",
            "-0001-01-01", "%2B10000-01-01", "0000-00-00", "2025-02-30", "1899-12-31", "2101-01-01", "NaN", "1e309", "null",
            "%0d%0aSet-Cookie:%20x=1", "..%2F..%2Fetc%2Fpasswd", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%27%20OR%201=1--",
            "%E2%80%AE", "%F0%9F%92%A3", "a%20b%20c", "true", "[]", "{}", "DPRK", "killed", "pdf", "html"};
    private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "QUERY", "FOO"};

    private static byte[] request(Random r, String template, List<String> declared, List<String> names) {
        String method = r.nextInt(3) == 0 ? METHODS[r.nextInt(METHODS.length)] : declared.get(r.nextInt(declared.size()));
        String path = template.replace("{id}", r.nextBoolean() ? junk(r) : String.valueOf(r.nextInt(20) - 2));
        StringBuilder query = new StringBuilder();
        List<String> keys = new ArrayList<>(names);
        keys.add("unknown");
        for (String name : keys) {
            if (r.nextInt(3) != 0) {
                query.append(query.length() == 0 ? "?" : "&").append(name).append('=').append(junk(r));
            }
        }
        if (r.nextInt(10) == 0) {
            query.append(query.length() == 0 ? "?" : "&").append("limit=").append("9".repeat(1 + r.nextInt(30)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder(method + " " + path + query + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
        switch (r.nextInt(6)) {
            case 0 -> head.append("Authorization: Bearer ").append(TOKEN).append("\r\n");
            case 1 -> head.append("Authorization: Bearer ").append(TOKEN).append("\r\nAuthorization: Bearer ").append(TOKEN).append("\r\n");
            case 2 -> head.append("Authorization: Bearer  ").append(TOKEN).append("\r\n");
            case 3 -> head.append("Authorization: Basic ").append(junk(r)).append("\r\n");
            default -> { }
        }
        if (r.nextBoolean()) {
            head.append("Content-Type: ").append(r.nextBoolean() ? "application/json" : junk(r)).append("\r\n");
        }
        byte[] body = body(r);
        if (body != null && r.nextInt(4) == 0) {
            head.append("Transfer-Encoding: chunked\r\n\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            String size = r.nextBoolean() ? Integer.toHexString(body.length) : junk(r);
            out.writeBytes((size + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(body);
            out.writeBytes((r.nextBoolean() ? "\r\n0\r\n\r\n" : "\r\n").getBytes(StandardCharsets.UTF_8));
        } else if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(body);
        } else {
            head.append("\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static String junk(Random r) {
        String j = JUNK[r.nextInt(JUNK.length)];
        return r.nextInt(8) == 0 ? j.repeat(50) : j;
    }

    private static byte[] body(Random r) {
        return switch (r.nextInt(9)) {
            case 0 -> null;
            case 1 -> {
                byte[] b = new byte[1 + r.nextInt(4000)];
                r.nextBytes(b);
                yield b;
            }
            case 2 -> "[".repeat(5000).getBytes(StandardCharsets.UTF_8);
            case 3 -> "{\"text\": \"x\", \"text\": \"y\"}".getBytes(StandardCharsets.UTF_8);
            case 4 -> "{\"text\": \"At least 12 people were killed, police said.\\u0000\"}\n{\"text\": 5}\n".getBytes(StandardCharsets.UTF_8);
            case 5 -> "{\"id\": \"f\", \"published\": \"+10000-01-01\", \"text\": \"About 30 soldiers were killed, the army said.\"}"
                    .getBytes(StandardCharsets.UTF_8);
            case 6 -> ("{\"text\": \"" + "\\ud800".repeat(20) + " 40 soldiers were killed\"}").getBytes(StandardCharsets.UTF_8);
            case 7 -> "not json at all\n".repeat(1 + r.nextInt(50)).getBytes(StandardCharsets.UTF_8);
            default -> new byte[] {(byte) 0xC0, (byte) 0xAF, '\n', (byte) 0xFF};
        };
    }
}
