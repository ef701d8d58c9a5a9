package org.reckon.model;

import java.time.LocalDate;
import java.util.List;

/** The result for one report: its claims, plus warnings about the input that did not stop it. */
public record Extraction(String id, LocalDate published, List<Claim> claims, List<String> warnings) {
    public Extraction {
        claims = List.copyOf(claims);
        warnings = List.copyOf(warnings);
    }
}
