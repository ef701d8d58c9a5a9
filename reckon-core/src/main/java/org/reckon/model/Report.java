package org.reckon.model;

import java.time.LocalDate;
import java.util.Objects;

/** One input report (spec section 1). {@code published} may be null until a date line is found. */
public record Report(String id, String text, String title, LocalDate published, String url, String outlet) {
    public Report {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    public Report withPublished(LocalDate date) {
        return new Report(id, text, title, date, url, outlet);
    }
}
