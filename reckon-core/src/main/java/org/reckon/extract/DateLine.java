package org.reckon.extract;

/**
 * Fills the report's published date from a date line near the top when the caller gave none
 * (spec section 1).
 */
final class DateLine implements Stage {
    private static final int TOP = 600;

    @Override
    public void apply(Draft d) {
        if (d.published != null) {
            return;
        }
        String top = d.text().substring(0, Math.min(TOP, d.text().length()));
        Dates.firstDate(top).ifPresentOrElse(date -> d.published = date,
                () -> d.warnings.add("no published date given or found near the top; weekdays left unresolved"));
    }
}
