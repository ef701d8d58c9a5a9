package org.reckon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.PrintWriter;

/** JSON for programs: snake_case field names, as in the claims spec. */
final class JsonOut {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOut() {}

    static void print(PrintWriter out, Object value) throws java.io.IOException {
        out.println(JSON.writeValueAsString(value));
        out.flush();
    }
}
