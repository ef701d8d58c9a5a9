package org.reckon.spark.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A generated news stream for benchmarks, the same for the same seed: mostly ordinary news
 * (business, sports, weather, politics, culture, science, local) from sentence templates with
 * varied names, places and numbers, and a share of conflict reports made from the development
 * corpus (paragraphs dropped at random, a generated sentence added, new id, outlet and date, so
 * that most are new stories; some are carried again by another outlet, as wire copy is). A few
 * ordinary reports repeat word for word from the same outlet, as feeds do. Ordinary news is not
 * kept free of the casualty lexicon: sports teams lose, troops of a touring band are sent on
 * the road, and a few stories report road accidents, as real news does.
 */
public final class NewsStream {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String[] FIRST = {"Maria", "James", "Aisha", "Chen", "Olga", "Pedro", "Fatima", "Lars", "Yuki",
        "Amara", "Tomas", "Ingrid", "Ravi", "Sofia", "Kwame", "Elena", "Hassan", "Marta", "Diego", "Nadia", "Piotr",
        "Leila", "Samuel", "Hana", "Oscar", "Zainab", "Mikael", "Rosa", "Andrei", "Grace"};
    private static final String[] LAST = {"Okafor", "Lindqvist", "Moreau", "Tanaka", "Kowalski", "Haddad", "Fernandes",
        "Novak", "Mensah", "Bergstrom", "Castillo", "Ivanova", "Sato", "Abubakar", "Rossi", "Keller", "Nguyen", "Dubois",
        "Petrov", "Alvarez", "Osei", "Jansen", "Kaur", "Mwangi", "Horvat", "Silva", "Brennan", "Yilmaz", "Popescu", "Ahmed"};
    private static final String[] CITY = {"Riverton", "Lakeside", "Port Ellis", "Northam", "Greenfield", "Ashby",
        "Kingsbridge", "Marlow", "Westhaven", "Brightwater", "Oakridge", "Fairmont", "Stonebury", "Millbrook", "Redcliff",
        "Eastgate", "Harrow Bay", "Silverton", "Clearwater", "Highmoor", "Pinecrest", "Dunmore", "Elmstead", "Copperfield"};
    private static final String[] COMPANY_A = {"Apex", "Blue", "Nordic", "Vertex", "Summit", "Harbor", "Atlas", "Crescent",
        "Pioneer", "Granite", "Solar", "Meridian", "Orchid", "Falcon", "Cobalt"};
    private static final String[] COMPANY_B = {"Industries", "Holdings", "Motors", "Foods", "Energy", "Logistics",
        "Pharma", "Systems", "Telecom", "Retail", "Airlines", "Bank", "Mining", "Software"};
    private static final String[] TEAM = {"Rovers", "United", "Athletic", "City", "Wanderers", "Rangers", "Falcons",
        "Harriers", "Comets", "Mariners", "Titans", "Pilots"};
    private static final String[] DAY = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] OUTLET = {"Riverton Herald", "The Morning Ledger", "Coastal Times", "Metro Daily",
        "The Evening Post", "National Courier", "Valley Gazette", "Global Wire", "Continental Press", "The Observer Online",
        "Business Daily", "Sports Desk", "Weather Now", "Culture Weekly", "Tech Review", "City Bulletin", "Northern Star",
        "Southern Chronicle", "The Independent Voice", "World Report"};

    /*
     * Sentences are put together from short pieces (subject, verb, object, tail; none longer
     * than four words), so that the five-word shingles MinHash compares nearly always span two
     * independently chosen pieces: unrelated generated stories stay far apart, as real ones do,
     * instead of all looking like copies of one template. Slots: {P} person, {C} city,
     * {O} company, {T} team, {D} day, {N} and {M} numbers, {X} percent.
     */
    private static final String[][] SUBJECTS = {
        {"{O}", "Shares in {O}", "The central bank", "Chief executive {P}", "Retail sales in {C}", "Analysts at {O}",
            "The airline", "Exporters", "Economist {P}", "The board of {O}", "Investors", "Small firms in {C}"},
        {"{C} {T}", "Striker {P}", "The visitors", "Coach {P}", "The home side", "Goalkeeper {P}", "The league",
            "Captain {P}", "The club", "Fans of {T}", "The champions", "Sprinter {P}"},
        {"Forecasters", "The weather service", "Meteorologist {P}", "A cold front", "Heavy rain", "Farmers near {C}",
            "The river in {C}", "Coastal towns", "Motorists", "A warm spell"},
        {"The parliament", "Opposition leader {P}", "The minister", "Mayor {P}", "The governing party", "Lawmakers",
            "The committee", "Voters in {C}", "The council of {C}", "Senator {P}", "Coalition partners"},
        {"The festival in {C}", "Novelist {P}", "The museum", "Conductor {P}", "The band", "The gallery", "Singer {P}",
            "The theatre company", "The director", "Critics"},
        {"Researchers in {C}", "{O}", "The space agency", "A study of {N} adults", "Engineer {P}", "The startup",
            "Astronomers", "Doctors at {C} General", "The software maker", "Scientist {P}"},
        {"The library in {C}", "Residents of {C}", "The bakery", "Volunteers", "The school choir", "Police in {C}",
            "The farmers' market", "Headteacher {P}", "Local shops", "The parish council"}};
    private static final String[][] VERBS = {
        {"reported", "raised", "cut", "forecast", "posted", "announced", "expects", "approved", "confirmed", "doubled"},
        {"beat", "lost to", "drew with", "signed", "scored against", "welcomed", "faced", "trained for", "celebrated", "hosted"},
        {"expects", "warned of", "brought", "recorded", "predicted", "measured", "reported", "cleared"},
        {"approved", "criticised", "debated", "proposed", "rejected", "backed", "delayed", "announced", "reviewed"},
        {"opened", "unveiled", "premiered", "celebrated", "announced", "staged", "published", "toured with", "won"},
        {"unveiled", "tested", "published", "measured", "launched", "observed", "patented", "confirmed", "funded"},
        {"opened", "welcomed", "planted", "organised", "hosted", "repaired", "celebrated", "reopened", "painted"}};
    private static final String[][] OBJECTS = {
        {"revenue of {N} million", "its annual outlook", "interest rates", "a new bond issue", "quarterly profit",
            "{M} new stores", "a share buyback", "wage talks", "a merger plan", "export orders", "narrower losses"},
        {"{C} {T} {M}-{M}", "a two-year contract", "the league leaders", "a late equaliser", "the cup holders",
            "a new stadium deal", "{M} young players", "the title race", "a record crowd of {N}"},
        {"{M} centimetres of rain", "strong winds", "a dry weekend", "highs of {M} degrees", "morning fog",
            "a flood warning", "frost in the hills", "a sunny spell"},
        {"the budget", "a pension reform", "the housing bill", "new cycle lanes", "a tax cut of {X} percent",
            "the transport plan", "a coalition deal", "school funding", "an inquiry"},
        {"a new exhibition", "its autumn season", "{M} new films", "a family saga", "the symphony",
            "a restored classic", "a debut album", "the national prize", "{M} concert dates"},
        {"a faster battery", "a folding phone", "images of the moon", "a blood test", "a delivery robot",
            "a rare comet", "a software update", "a solar panel", "new vaccine data"},
        {"longer opening hours", "the new bus route", "{N} trees", "a summer fair", "the town hall roof",
            "a reading club", "the playground", "a charity run", "the old station"}};
    private static final String[] TAILS = {"on {D}", "in {C}", "last week", "this month", "on {D} morning",
        "after weeks of talks", "for the first time", "ahead of the summer", "despite the weather", "by {X} percent",
        "according to {P}", "earlier than planned", "for the {M}th year", "with little fanfare", "at a busy meeting",
        "to mixed reviews", "near {C}", "since {M} years ago", "under new rules", "as expected"};

    /** Ordinary stories that carry casualty words without being conflict reports. */
    private static final String[] ACCIDENTS = {
        "Two people were injured when a delivery van hit a wall in {C} on {D}, police said.",
        "A cyclist died in hospital after a collision on the ring road, the coroner's office said.",
        "Firefighters said no one was hurt in the blaze at a warehouse outside {C}.",
        "Three hikers reported missing on the ridge were found safe on {D} morning."};

    private final SplittableRandom random;
    private final List<ObjectNode> conflictSeeds;
    private final double conflictShare;
    private final List<ObjectNode> recentConflict = new ArrayList<>();
    private final List<ObjectNode> recentOrdinary = new ArrayList<>();
    private int serial;

    /** {@code seeds}: the conflict reports to vary (JSONL objects with id, published, text, ...). */
    public NewsStream(long seed, List<ObjectNode> seeds, double conflictShare) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("a news stream needs at least one conflict report to vary, got none");
        }
        if (conflictShare < 0 || conflictShare > 1) {
            throw new IllegalArgumentException("conflict share must be between 0 and 1, got " + conflictShare);
        }
        this.random = new SplittableRandom(seed);
        this.conflictSeeds = List.copyOf(seeds);
        this.conflictShare = conflictShare;
    }

    /** Reads the seed reports of some JSONL files (the development corpus). */
    public static List<ObjectNode> seeds(List<Path> files) throws IOException {
        List<ObjectNode> out = new ArrayList<>();
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode n = JSON.readTree(line);
                    ObjectNode o = JSON.createObjectNode();
                    for (String k : new String[] {"id", "published", "title", "outlet", "text"}) {
                        if (n.hasNonNull(k)) {
                            o.put(k, n.get(k).asText());
                        }
                    }
                    out.add(o);
                }
            }
        }
        return out;
    }

    /** Writes {@code count} reports as JSONL. */
    public void write(Path file, int count) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                w.write(next().toString());
                w.write('\n');
            }
        }
    }

    ObjectNode next() {
        serial++;
        if (random.nextDouble() < conflictShare) {
            return conflict();
        }
        if (!recentOrdinary.isEmpty() && random.nextDouble() < 0.02) {
            ObjectNode again = recentOrdinary.get(random.nextInt(recentOrdinary.size())).deepCopy();
            again.put("id", id());
            return again;
        }
        ObjectNode r = ordinary();
        remember(recentOrdinary, r);
        return r;
    }

    private ObjectNode conflict() {
        if (!recentConflict.isEmpty() && random.nextDouble() < 0.2) {
            ObjectNode copy = recentConflict.get(random.nextInt(recentConflict.size())).deepCopy();
            copy.put("id", id());
            copy.put("outlet", pick(OUTLET));
            LocalDate d = LocalDate.parse(copy.get("published").asText()).plusDays(random.nextInt(2));
            copy.put("published", d.toString());
            return copy;
        }
        ObjectNode seed = conflictSeeds.get(random.nextInt(conflictSeeds.size()));
        String[] paragraphs = seed.get("text").asText().split("\n\n");
        StringBuilder text = new StringBuilder(paragraphs[0]);
        for (int i = 1; i < paragraphs.length; i++) {
            if (i == 1) {
                text.append("\n\n").append(sentence(3));
            }
            if (i == 1 || random.nextDouble() < 0.75) {
                text.append("\n\n").append(paragraphs[i]);
            }
        }
        ObjectNode r = JSON.createObjectNode();
        r.put("id", id());
        LocalDate base = seed.hasNonNull("published") ? LocalDate.parse(seed.get("published").asText()) : LocalDate.of(2024, 6, 1);
        r.put("published", base.plusDays(random.nextInt(3)).toString());
        r.put("outlet", pick(OUTLET));
        if (seed.hasNonNull("title")) {
            r.put("title", seed.get("title").asText());
        }
        r.put("text", text.toString());
        remember(recentConflict, r);
        return r;
    }

    private ObjectNode ordinary() {
        int section = random.nextInt(SUBJECTS.length);
        int sentences = 5 + random.nextInt(8);
        String headline = fill(pick(SUBJECTS[section]) + " " + pick(VERBS[section]) + " " + pick(OBJECTS[section]));
        StringBuilder text = new StringBuilder(headline).append("\n\n");
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                text.append(i % 3 == 0 ? "\n\n" : " ");
            }
            text.append(random.nextDouble() < 0.03 ? fill(pick(ACCIDENTS)) : sentence(section));
        }
        ObjectNode r = JSON.createObjectNode();
        r.put("id", id());
        r.put("published", LocalDate.of(2024, 1, 1).plusDays(random.nextInt(540)).toString());
        r.put("outlet", pick(OUTLET));
        r.put("title", headline);
        r.put("text", text.toString());
        return r;
    }

    private String sentence(int section) {
        String s = pick(SUBJECTS[section]) + " " + pick(VERBS[section]) + " " + pick(OBJECTS[section]) + " " + pick(TAILS);
        if (random.nextDouble() < 0.4) {
            s += ", " + pick(TAILS);
        }
        return fill(s) + ".";
    }

    private String fill(String template) {
        StringBuilder out = new StringBuilder(template.length() + 40);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{' && i + 2 < template.length() && template.charAt(i + 2) == '}') {
                out.append(switch (template.charAt(i + 1)) {
                    case 'P' -> pick(FIRST) + " " + pick(LAST);
                    case 'C' -> pick(CITY);
                    case 'O' -> pick(COMPANY_A) + " " + pick(COMPANY_B);
                    case 'T' -> pick(TEAM);
                    case 'D' -> pick(DAY);
                    case 'N' -> Integer.toString(100 + random.nextInt(9900));
                    case 'M' -> Integer.toString(2 + random.nextInt(30));
                    case 'X' -> (1 + random.nextInt(9)) + "." + random.nextInt(10);
                    default -> throw new IllegalStateException("unknown slot in template: " + template);
                });
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private String id() {
        return String.format("gen-%07d", serial);
    }

    private void remember(List<ObjectNode> recent, ObjectNode r) {
        if (recent.size() < 500) {
            recent.add(r);
        } else {
            recent.set(random.nextInt(recent.size()), r);
        }
    }
}
