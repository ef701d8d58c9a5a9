package org.reckon.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Every route the server answers is in its OpenAPI document, and the document names no route the server lacks. */
class OpenApiCoverageTest {
    @TempDir
    Path dir;

    @Test
    void everyRouteTheServerAnswersIsInTheOpenApiDocument() throws Exception {
        JsonNode doc;
        try (InputStream in = Server.class.getResourceAsStream("/openapi.json")) {
            doc = new ObjectMapper().readTree(in);
        }
        Set<String> documented = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + p.getKey())));
        try (Server server = Server.start(new ServerConfig(0, dir.resolve("ledger.db").toString(), null, ServerConfig.DEFAULT_MAX_BODY_BYTES))) {
            assertThat(server.apiRoutes()).hasSizeGreaterThan(10);
            assertThat(documented).containsExactlyInAnyOrderElementsOf(server.apiRoutes());
        }
    }
}
