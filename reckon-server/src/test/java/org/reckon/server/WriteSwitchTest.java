package org.reckon.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.store.TestLedgers;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class WriteSwitchTest {
    @TempDir
    Path dir;

    @Test
    void writeEndpointsAreOffWithoutAToken() throws Exception {
        try (Server server = Server.start(new ServerConfig(0, TestLedgers.sqlite(dir).url(), null, 1024))) {
            Http.Reply r = new Http(server.port()).post("/api/reports", "{\"text\": \"x\"}", "anything");
            assertThat(r.status()).isEqualTo(403);
            assertThat(r.json().get("error").asText()).contains("RECKON_TOKEN");
            Http.Reply merge = new Http(server.port()).post("/api/sources/merge", "{\"name\": \"a\", \"into\": \"b\"}", "anything");
            assertThat(merge.status()).as("merging sources is a write too").isEqualTo(403);
        }
    }
}
