package org.reckon.extract;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts, per binding ("agent", "side"), how often the dependency parse decided it and how often
 * the token-window fallback did, so that the share of each path can be reported.
 */
public final class Decisions {
    public enum Path { PARSE, WINDOW }

    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

    private Decisions() {}

    static void count(String binding, Path path) {
        COUNTS.computeIfAbsent(binding + " " + path.name().toLowerCase(), k -> new LongAdder()).increment();
    }

    /** "agent parse" -> n, "agent window" -> m, ... since the start of the process or the last reset. */
    public static Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        COUNTS.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    public static void reset() { COUNTS.clear(); }

    /** "agent: parse 120 (61%), window 77; side: ..." */
    public static String summary() {
        Map<String, Long> counts = snapshot();
        StringBuilder out = new StringBuilder();
        counts.keySet().stream().map(k -> k.substring(0, k.indexOf(' '))).distinct().forEach(binding -> {
            long parse = counts.getOrDefault(binding + " parse", 0L);
            long window = counts.getOrDefault(binding + " window", 0L);
            long total = parse + window;
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append(String.format("%s: parse %d (%.0f%%), window %d", binding, parse, total == 0 ? 0.0 : 100.0 * parse / total, window));
        });
        return out.toString();
    }
}
