package org.reckon.places;

import org.reckon.lexicon.Gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The GeoNames gazetteer shipped in {@code org/reckon/places/gazetteer.tsv.gz} (built by
 * {@code tools/places/build.sh}): populated places of 1,000 people or more, first-level administrative
 * areas and countries, each findable by its name and its alternate Latin-script names; and the
 * conflict-specific places of the lexicon's {@code places.tsv}, read as overrides of the country.
 */
public final class PlaceIndex {
    /** What an entry names. */
    public enum Kind { PLACE, ADMIN1, COUNTRY }

    /** One gazetteer line. {@code geonamesId} is 0 for areas and countries (the npm data lacks their ids). */
    public record Entry(Kind kind, long geonamesId, String name, String iso, String admin1Code,
                        double lat, double lon, long population, boolean commonWord) {}

    private static final String RESOURCE = "/org/reckon/places/gazetteer.tsv.gz";
    private static final String OVERRIDES = "/org/reckon/lexicon/places.tsv";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{N} ]+");

    private final Map<String, List<Entry>> byName = new HashMap<>(300_000);
    private final Map<String, Entry> countries = new HashMap<>();
    private final Map<String, String> countryNames = new HashMap<>();
    private final Map<String, String> isoByCountryName = new HashMap<>();
    private final Map<String, String> admin1Names = new HashMap<>();
    private final Map<String, String> overrideIso = new HashMap<>();
    private final int size;

    private PlaceIndex() {
        int n = 0;
        try (BufferedReader r = open()) {
            String line;
            while ((line = r.readLine()) != null) {
                add(line.split("\t", -1));
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + RESOURCE, e);
        }
        size = n;
        readOverrides();
    }

    private static final class Holder {
        static final PlaceIndex INSTANCE = new PlaceIndex();
    }

    /** The process-wide index, read on first use. */
    public static PlaceIndex get() { return Holder.INSTANCE; }

    /** A new index read afresh from the resource (for measuring its load time and memory; use {@link #get} otherwise). */
    public static PlaceIndex load() { return new PlaceIndex(); }

    /** Bytes of the compressed resource. */
    public static long resourceBytes() {
        try (InputStream in = PlaceIndex.class.getResourceAsStream(RESOURCE)) {
            return in == null ? 0 : in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedReader open() throws IOException {
        InputStream in = PlaceIndex.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("gazetteer resource missing: " + RESOURCE);
        }
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8));
    }

    private void add(String[] f) {
        Kind kind = switch (f[0]) {
            case "P" -> Kind.PLACE;
            case "A" -> Kind.ADMIN1;
            case "C" -> Kind.COUNTRY;
            default -> throw new IllegalStateException("gazetteer line of unknown kind '" + f[0] + "'");
        };
        String iso = f[3].intern();
        String admin1 = f[4].intern();
        Entry e = new Entry(kind, f[1].isEmpty() ? 0 : Long.parseLong(f[1]), f[2], iso, admin1,
                Double.parseDouble(f[5]), Double.parseDouble(f[6]), Long.parseLong(f[7]), f.length > 9 && "1".equals(f[9]));
        index(f[2], e);
        for (String alt : f[8].split("\\|")) {
            if (!alt.isBlank()) {
                index(alt, e);
            }
        }
        switch (kind) {
            case COUNTRY -> addCountry(e, f[8]);
            case ADMIN1 -> admin1Names.put(iso + "." + admin1, e.name());
            default -> { }
        }
    }

    private void addCountry(Entry e, String alternates) {
        countries.put(e.iso(), e);
        String canonical = Gazetteer.get().canonicalParty(e.name());
        countryNames.put(e.iso(), canonical != null ? canonical : e.name());
        isoByCountryName.put(key(e.name()), e.iso());
        isoByCountryName.put(key(countryNames.get(e.iso())), e.iso());
        for (String alt : alternates.split("\\|")) {
            if (!alt.isBlank()) {
                isoByCountryName.put(key(alt), e.iso());
            }
        }
    }

    private void index(String name, Entry e) {
        List<Entry> list = byName.computeIfAbsent(key(name), k -> new ArrayList<>(1));
        if (!list.contains(e)) {
            list.add(e);
        }
    }

    private void readOverrides() {
        InputStream in = PlaceIndex.class.getResourceAsStream(OVERRIDES);
        if (in == null) {
            return;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t");
                if (line.isBlank() || line.startsWith("#") || f.length < 2) {
                    continue;
                }
                String iso = isoOf(f[1].strip());
                if (iso != null) {
                    overrideIso.put(key(f[0]), iso);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + OVERRIDES, e);
        }
    }

    /** The form names are compared in: lower case, no accents, punctuation and hyphens as spaces. */
    public static String key(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        plain = plain.replace("'", "").replace("’", "").replace("ʼ", "");
        return NOT_NAME.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    /** Every entry a name may mean (towns, areas and countries of that name or alternate name). */
    public List<Entry> named(String name) {
        return byName.getOrDefault(key(name), List.of());
    }

    /** The country reckon's lexicon gives a conflict-specific place (front-line villages, regions), or null. */
    public String overrideIso(String name) {
        return overrideIso.get(key(name));
    }

    /** The ISO code of a country named in any of its forms ("Ukraine", "North Korea", "DPRK"), or null. */
    public String isoOf(String countryName) {
        if (countryName == null) {
            return null;
        }
        String iso = isoByCountryName.get(key(countryName));
        if (iso == null) {
            String canonical = Gazetteer.get().canonicalParty(countryName);
            iso = canonical == null ? null : isoByCountryName.get(key(canonical));
        }
        return iso;
    }

    /**
     * The country a name read after a location cue stands for, for the extractor's place-to-country
     * reading; null unless the name is a town of 100,000 people or more or a first-level area, is no
     * everyday word, and is ten times larger than any place of that name in another country.
     */
    public String countryOfCuedName(String name) {
        Entry best = null;
        long otherCountry = 0;
        for (Entry e : named(name)) {
            if (e.kind() == Kind.COUNTRY || e.commonWord()) {
                return null;   // countries are the lexicon's parties; everyday words are not read as places
            }
            if (best == null || e.population() > best.population()) {
                best = e;
            }
        }
        if (best == null || best.kind() == Kind.PLACE && best.population() < 100_000) {
            return null;
        }
        for (Entry e : named(name)) {
            if (!e.iso().equals(best.iso())) {
                otherCountry = Math.max(otherCountry, e.population());
            }
        }
        return best.population() >= 10 * otherCountry ? countryName(best.iso()) : null;
    }

    /** The country's name as the ledger writes parties (the lexicon's canonical name where it has one). */
    public String countryName(String iso) {
        return countryNames.getOrDefault(iso, iso);
    }

    public Entry country(String iso) { return countries.get(iso); }

    /** The name of a first-level area, or null when the gazetteer lacks it. */
    public String admin1Name(String iso, String code) {
        return code == null || code.isEmpty() ? null : admin1Names.get(iso + "." + code);
    }

    /** Lines read from the resource. */
    public int size() { return size; }

    /** The claim-side value of an entry. */
    public Place toPlace(Entry e) {
        Precision precision = switch (e.kind()) {
            case PLACE -> Precision.PLACE;
            case ADMIN1 -> Precision.ADMIN1;
            case COUNTRY -> Precision.COUNTRY;
        };
        return new Place(e.name(), e.geonamesId() == 0 ? null : e.geonamesId(),
                e.kind() == Kind.COUNTRY ? null : admin1Name(e.iso(), e.admin1Code()),
                countryName(e.iso()), e.lat(), e.lon(), precision);
    }
}
