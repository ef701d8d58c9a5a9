package org.reckon.store.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The aliases of known sources, read from the extractor's lexicon, to fill {@code sources.aliases}. */
public final class KnownSources {
    private static final String LEXICON = "/org/reckon/lexicon/sources.tsv";
    private static final Map<String, String> ALIASES = load();

    private KnownSources() {}

    /** The |-separated aliases of a canonical source name, or null for a source the lexicon does not know. */
    public static String aliasesOf(String name) {
        return ALIASES.get(name);
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = KnownSources.class.getResourceAsStream(LEXICON)) {
            if (in == null) {
                return out;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length >= 4) {
                    out.put(cols[0], cols[3]);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + LEXICON, e);
        }
        return out;
    }
}
