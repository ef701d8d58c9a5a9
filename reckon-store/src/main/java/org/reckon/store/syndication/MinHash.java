package org.reckon.store.syndication;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A MinHash signature of a text's word shingles, to find near-duplicate reports (the same
 * wire story carried by several outlets, lightly edited). Signatures of two texts agree in
 * about as many positions as the Jaccard similarity of their shingle sets.
 */
public record MinHash(int[] values) {
    public static final int HASHES = 64;
    public static final int SHINGLE_WORDS = 5;
    /** Locality-sensitive bands: 16 bands of 4 rows find pairs above ~0.5 similarity. */
    public static final int BANDS = 16;

    private static final long[] SEEDS = seeds();

    public MinHash {
        if (values.length != HASHES) {
            throw new IllegalArgumentException("a signature has " + HASHES + " values, got " + values.length);
        }
        values = values.clone();
    }

    public static MinHash of(String text) {
        int[] min = new int[HASHES];
        Arrays.fill(min, Integer.MAX_VALUE);
        for (String shingle : shingles(text)) {
            long h = fnv(shingle);
            for (int i = 0; i < HASHES; i++) {
                int v = (int) (mix(h ^ SEEDS[i]) >>> 33);
                if (v < min[i]) {
                    min[i] = v;
                }
            }
        }
        return new MinHash(min);
    }

    static Set<String> shingles(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
        Set<String> out = new HashSet<>();
        if (words.length < SHINGLE_WORDS) {
            out.add(String.join(" ", words));
            return out;
        }
        for (int i = 0; i + SHINGLE_WORDS <= words.length; i++) {
            out.add(String.join(" ", Arrays.copyOfRange(words, i, i + SHINGLE_WORDS)));
        }
        return out;
    }

    /** Estimated Jaccard similarity of the two texts' shingle sets. */
    public double similarity(MinHash other) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (values[i] == other.values[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /** The band keys under which this signature is indexed; near duplicates share at least one. */
    public List<String> bands() {
        int rows = HASHES / BANDS;
        List<String> out = new ArrayList<>(BANDS);
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < rows; r++) {
                h = mix(h * 31 + values[b * rows + r]);
            }
            out.add(b + ":" + Long.toHexString(h));
        }
        return out;
    }

    public String encode() {
        StringBuilder sb = new StringBuilder();
        for (int v : values) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(Integer.toHexString(v));
        }
        return sb.toString();
    }

    public static MinHash decode(String s) {
        String[] parts = s.split(",");
        int[] v = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = Integer.parseUnsignedInt(parts[i], 16);
        }
        return new MinHash(v);
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] s = new long[HASHES];
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x = mix(x + 0x9E3779B97F4A7C15L);
            s[i] = x;
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MinHash m && Arrays.equals(values, m.values);
    }

    @Override
    public int hashCode() { return Arrays.hashCode(values); }

    @Override
    public String toString() { return "MinHash[" + encode() + "]"; }
}
