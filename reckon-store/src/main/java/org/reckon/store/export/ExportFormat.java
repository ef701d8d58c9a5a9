package org.reckon.store.export;

import java.util.Locale;

/** The formats {@code reckon export} writes. */
public enum ExportFormat {
    CSV, JSONL;

    public static ExportFormat fromWire(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown export format '" + s + "', expected csv or jsonl");
        }
    }
}
