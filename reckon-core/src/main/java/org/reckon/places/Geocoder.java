package org.reckon.places;

import org.reckon.lexicon.Gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a place as written ("the Kursk region", "Pokrovsk", "southern Lebanon") on the map. Names shared
 * by several places are resolved by the lexicon's conflict-specific country for the name, then by the
 * report's dateline, the countries the report names and the claim's party, then by population.
 */
public final class Geocoder {
    /** Words after which a capitalised name is read as a place. */
    static final Set<String> CUES = Set.of("in", "near", "outside", "around", "at", "across", "into", "towards", "toward",
            "from", "on", "of", "over", "inside", "within", "off", "to");
    private static final Set<String> AREA_WORDS = Set.of("region", "regions", "oblast", "province", "governorate", "district",
            "area", "territory", "state", "krai", "kray", "republic", "prefecture", "county", "voivodeship", "raion");
    private static final Set<String> TOWN_WORDS = Set.of("city", "town", "village", "settlement", "municipality", "camp");
    private static final Pattern DIRECTION = Pattern.compile(
            "^(?:(?:far|the) )?(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern|ward)?\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’\\-]*");
    private static final Pattern DATELINE = Pattern.compile("^\\s*([A-Z][A-Z .’'\\-]{1,40}?)(?:,| \\(|\\s+[-—–])");
    private static final int MAX_NAME_WORDS = 4;
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    /** A place named like an everyday word is taken from a location as written only when it is this large (or on the conflict list). */
    private static final long COMMON_WORD_MIN_POPULATION = 100_000;

    private final PlaceIndex index;

    public Geocoder(PlaceIndex index) {
        this.index = index;
    }

    private static final class Holder {
        static final Geocoder INSTANCE = new Geocoder(PlaceIndex.get());
    }

    /** The process-wide geocoder over the shipped gazetteer (read on first use). */
    public static Geocoder shared() { return Holder.INSTANCE; }

    public PlaceIndex index() { return index; }

    /** The context of one report: its dateline's country and every country it names. */
    public GeoContext context(String reportText) {
        String dateline = null;
        Matcher m = DATELINE.matcher(reportText);
        if (m.find()) {
            dateline = locate(titleCase(m.group(1).strip()), GeoContext.NONE).map(p -> index.isoOf(p.country())).orElse(null);
        }
        Set<String> named = new LinkedHashSet<>();
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(reportText);
        while (w.find()) {
            words.add(w.group());
        }
        for (int i = 0; i < words.size(); i++) {
            for (int n = Math.min(3, words.size() - i); n >= 1; n--) {
                String party = Gazetteer.get().canonicalParty(String.join(" ", words.subList(i, i + n)));
                String iso = party == null ? null : index.isoOf(party);
                if (iso != null) {
                    named.add(iso);
                    break;
                }
            }
        }
        return new GeoContext(dateline, named, null);
    }

    /** The context of one claim: the report's, with the claim's party's country. */
    public GeoContext forParty(GeoContext report, String party) {
        return report.withParty(party == null ? null : index.isoOf(party));
    }

    /** A place as written, or empty when the gazetteer does not know it. */
    public Optional<Place> locate(String written, GeoContext context) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        Wanted wanted = Wanted.read(written.strip());
        if (wanted.names().get(0).isEmpty() || !Character.isUpperCase(wanted.names().get(0).charAt(0))) {
            return Optional.empty();   // "central city", "the area": no name left to look up
        }
        for (String name : wanted.names()) {
            Optional<Place> p = best(name, wanted, context);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    /**
     * Where a claim happened: its location as written; else a place named after a cue in its sentence.
     * Empty when neither is known.
     */
    public Optional<Place> geocode(String location, String sentence, GeoContext context) {
        Optional<Place> p = locate(location, context);
        if (p.isPresent() || sentence == null) {
            return p;
        }
        boolean dateline = DATELINE.matcher(sentence).lookingAt();
        for (NameInText found : namesIn(sentence)) {
            // A dateline says where the report was filed, not where the people were killed.
            if (found.cued() && !(dateline && found.start() == 0)) {
                Optional<Place> q = locate(found.written(), context);
                if (q.isPresent()) {
                    return q;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Gazetteer names in a text, longest first at each position. A name that is also an everyday word
     * ("Mobile", "Nice") counts only after a cue or as a dateline; other names count anywhere except as
     * the first word of a sentence.
     */
    public List<NameInText> namesIn(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            spans.add(new int[] {w.start(), w.end()});
        }
        List<NameInText> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); ) {
            int taken = nameAt(text, spans, i, out);
            i += Math.max(1, taken);
        }
        return out;
    }

    private int nameAt(String text, List<int[]> spans, int i, List<NameInText> out) {
        if (!Character.isUpperCase(text.charAt(spans.get(i)[0]))) {
            return 0;
        }
        if (CALENDAR.contains(word(text, spans.get(i)))) {
            return 0;   // "In March", "on Sunday": a month or a day, though towns bear such names
        }
        boolean cued = cuedAt(text, spans, i) || i == 0 && DATELINE.matcher(text).lookingAt();
        boolean sentenceStart = i == 0 || text.substring(spans.get(i - 1)[1], spans.get(i)[0]).matches(".*[.!?\"“]\\s*");
        for (int n = Math.min(MAX_NAME_WORDS, spans.size() - i); n >= 1; n--) {
            int[] last = spans.get(i + n - 1);
            if (!Character.isUpperCase(text.charAt(last[0]))) {
                continue;
            }
            String written = text.substring(spans.get(i)[0], last[1]);
            List<PlaceIndex.Entry> entries = index.named(written);
            if (entries.isEmpty()) {
                continue;
            }
            boolean common = entries.stream().anyMatch(PlaceIndex.Entry::commonWord) && index.overrideIso(written) == null;
            if (cued || !common && !sentenceStart) {
                int end = last[1];
                boolean area = i + n < spans.size() && AREA_WORDS.contains(word(text, spans.get(i + n)))
                        && text.substring(last[1], spans.get(i + n)[0]).isBlank();
                if (area) {   // "Khartoum state", "Kherson region": the area, not its seat
                    end = spans.get(i + n)[1];
                }
                out.add(new NameInText(text.substring(spans.get(i)[0], end), spans.get(i)[0], end, cued));
                return n + (area ? 1 : 0);
            }
        }
        return 0;
    }

    /**
     * Whether a location cue stands right before word {@code i}, or before the owner and the
     * direction that lead to it: "in Kursk", "in Russia's western Kursk region", "near eastern Kharkiv".
     * The owner ("Russia's") is not itself the place.
     */
    private static boolean cuedAt(String text, List<int[]> spans, int i) {
        int j = i - 1;
        if (j >= 0 && DIRECTION_WORDS.contains(word(text, spans.get(j))) && adjacent(text, spans, j)) {
            j--;
        }
        if (j >= 0 && POSSESSIVE.matcher(word(text, spans.get(j))).find() && adjacent(text, spans, j)) {
            j--;
        }
        return j >= 0 && CUES.contains(word(text, spans.get(j))) && adjacent(text, spans, j);
    }

    /** Only spaces between word {@code j} and the next one. */
    private static boolean adjacent(String text, List<int[]> spans, int j) {
        return text.substring(spans.get(j)[1], spans.get(j + 1)[0]).isBlank();
    }

    private static final Set<String> DIRECTION_WORDS = org.reckon.lexicon.Lexicon.get().words("directions");
    private static final Pattern POSSESSIVE = Pattern.compile("\\p{L}['’]s$");

    private static String word(String text, int[] span) {
        return text.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
    }

    private Optional<Place> best(String name, Wanted wanted, GeoContext context) {
        List<PlaceIndex.Entry> entries = index.named(name);
        String override = index.overrideIso(name);
        if (entries.isEmpty()) {
            return override == null ? Optional.empty() : Optional.ofNullable(index.country(override)).map(index::toPlace);
        }
        return entries.stream()
                .filter(e -> !e.commonWord() || e.population() >= COMMON_WORD_MIN_POPULATION || override != null)
                .max(Comparator.comparingDouble(e -> score(e, wanted, context, override)))
                .map(index::toPlace);
    }

    /** Names that mean the area, not its main town, when written alone: "killed in Gaza" is the Strip. */
    private static final Set<String> AREAS_WHEN_ALONE = Set.of("gaza");

    private static double score(PlaceIndex.Entry e, Wanted wanted, GeoContext context, String override) {
        double s = Math.log10(e.population() + 1);
        s += switch (e.kind()) {
            case COUNTRY -> 8;
            case ADMIN1 -> wanted.area() || AREAS_WHEN_ALONE.contains(PlaceIndex.key(wanted.names().get(0))) ? 10 : -1;
            case PLACE -> wanted.area() ? 0 : 0.5;
        };
        if (e.iso().equals(override)) {   // the conflict list: above population, below what the report itself says
            s += 4;
        }
        if (e.iso().equals(context.datelineIso())) {
            s += 3;
        }
        if (context.reportIsos().contains(e.iso())) {
            s += 2;
        }
        if (e.iso().equals(context.partyIso())) {
            s += 1;
        }
        return s;
    }

    private static String titleCase(String upper) {
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (char c : upper.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }

    /** A written place taken apart: the names to try, longest reading first, and whether an area was meant. */
    record Wanted(List<String> names, boolean area) {
        static Wanted read(String written) {
            String whole = written.replaceFirst("^(?i)the\\s+", "");
            String s = DIRECTION.matcher(whole).replaceFirst("");
            if (!s.equals(whole) && !PlaceIndex.get().named(whole.replaceFirst("(?i)\\s+(city|town|village)$", "")).isEmpty()) {
                s = whole;   // "West Bank", "South Sudan", "North Darfur": the direction is part of the name
            }
            s = s.replaceFirst("^(?i)the\\s+", "");
            String beforeComma = s.contains(",") ? s.substring(0, s.indexOf(',')).strip() : s;
            List<String> words = new ArrayList<>(List.of(beforeComma.split("\\s+")));
            boolean area = false;
            List<String> names = new ArrayList<>();
            names.add(beforeComma);
            String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
            if (words.size() > 1 && AREA_WORDS.contains(last)) {
                area = true;
                names.add(String.join(" ", words.subList(0, words.size() - 1)));
            } else if (words.size() > 1 && TOWN_WORDS.contains(last)) {
                names.add(String.join(" ", words.subList(0, words.size() - 1)));
            }
            if (words.size() > 2 && words.get(0).equalsIgnoreCase("province") || words.size() > 2 && words.get(0).equalsIgnoreCase("region")) {
                area = true;
            }
            Matcher of = Pattern.compile("^(?i)(?:province|region|governorate|state|district) of (.+)$").matcher(beforeComma);
            if (of.matches()) {
                area = true;
                names.add(of.group(1));
            }
            return new Wanted(names, area);
        }
    }
}
