package org.reckon.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The result for one report: its claims, the attributed statements of its sources, and
 * warnings about the input that did not stop it.
 */
public record Extraction(String id, LocalDate published, List<Claim> claims, List<Statement> statements, List<String> warnings) {
    public Extraction {
        claims = List.copyOf(claims);
        statements = List.copyOf(statements);
        warnings = List.copyOf(warnings);
    }

    /** An extraction without statements (claims read back from JSON, generated test data). */
    public Extraction(String id, LocalDate published, List<Claim> claims, List<String> warnings) {
        this(id, published, claims, List.of(), warnings);
    }
}
