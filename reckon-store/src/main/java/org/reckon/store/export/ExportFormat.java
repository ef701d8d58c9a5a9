package org.reckon.store.export;

import java.util.Locale;

/** The formats {@code reckon export} writes: one row per claim (csv, jsonl), or the reviewed reports as gold ({@link GoldExport}). */
public enum ExportFormat {
    CSV, JSONL, GOLD;

    public static ExportFormat fromWire(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown export format '" + s + "', expected csv, jsonl or gold");
        }
    }
}
