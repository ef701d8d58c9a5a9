package org.reckon.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.store.TestLedgers;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may write: exactly one well-formed bearer header with the token; repeated failures are throttled. */
class WriteGateTest {
    static final String TOKEN = "gate-token";
    static final String BODY = "{\"id\": \"g\", \"text\": \"no figure here\"}";

    @TempDir
    Path dir;

    private static String post(String authorizationLines) {
        return "POST /api/reports HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/json\r\n"
                + authorizationLines + "Content-Length: " + BODY.length() + "\r\n\r\n" + BODY;
    }

    @Test
    void aHeaderWithExtraSpacesOrTwoHeadersAreRefusedAndFailuresAreThrottled() throws Exception {
        try (Server server = Server.start(new ServerConfig(0, TestLedgers.sqlite(dir).url(), TOKEN, 1024))) {
            Http http = new Http(server.port());
            assertThat(http.raw(post("Authorization: Bearer " + TOKEN + "\r\n")).status()).isEqualTo(201);

            String[] refused = {"Authorization: Bearer  " + TOKEN + "\r\n", "Authorization: bearer " + TOKEN + "\r\n",
                    "Authorization: Bearer " + TOKEN + "\r\nAuthorization: Bearer " + TOKEN + "\r\n",
                    "Authorization: Bearer " + TOKEN + "\r\nAuthorization: Bearer wrong\r\n",
                    "Authorization: Bearer " + TOKEN + "x\r\n", "Authorization: Bearer " + TOKEN.substring(1) + "\r\n", ""};
            for (String auth : refused) {
                Http.RawReply r = http.raw(post(auth));
                assertThat(r.status()).as(auth).isEqualTo(401);
                assertThat(r.head()).contains("WWW-Authenticate: Bearer");
            }
            assertThat(http.raw(post("Authorization: Bearer " + TOKEN + "\r\n")).status())
                    .as("fewer than " + WriteGate.MAX_FAILURES + " failures: the right token still passes").isEqualTo(200);
            for (int i = refused.length; i < WriteGate.MAX_FAILURES; i++) {
                assertThat(http.raw(post("Authorization: Bearer guess-" + i + "\r\n")).status()).isEqualTo(401);
            }
            Http.RawReply throttled = http.raw(post("Authorization: Bearer " + TOKEN + "\r\n"));
            assertThat(throttled.status()).as("after " + WriteGate.MAX_FAILURES + " failures in a minute").isEqualTo(429);
            assertThat(throttled.head()).containsPattern("Retry-After: [1-6]?[0-9]\r?\n?");
            assertThat(http.get("/api/claims").status()).as("reads are not throttled").isEqualTo(200);
        }
    }
}
