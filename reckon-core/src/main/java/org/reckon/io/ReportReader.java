package org.reckon.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.reckon.extract.Extractor;
import org.reckon.model.Report;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads reports (spec section 1) from JSONL streams and from single {@code .txt}, {@code .md}
 * and {@code .html} files. Bad input is data: each unreadable line or file becomes a failed
 * {@link ReportInput} naming the input and line, and reading goes on.
 */
public final class ReportReader {
    /** Longest input line or file accepted, in bytes (documented limit). */
    public static final int MAX_REPORT_BYTES = 8 * 1024 * 1024;

    /**
     * When this many lines in a row from the start of a JSONL input are unreadable, the input is
     * not JSONL: reading stops with one line saying so, instead of one line per junk line.
     */
    public static final int GIVE_UP_AFTER = 10;
    /** How many leading bytes are looked at to tell a binary file from text. */
    static final int SNIFF_BYTES = 8000;

    /** A key given twice in one report is refused rather than silently resolved (the last would win). */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    /** The reader's JSON mapper, which refuses a key given twice: for whoever reads reports as the reader does. */
    public static ObjectMapper json() {
        return JSON;
    }

    /**
     * Reads every report of a JSONL stream, in order. Returns false when it gave up because the
     * first {@link #GIVE_UP_AFTER} lines were all unreadable (then one failed input says so).
     */
    public boolean readJsonl(String name, InputStream in, Consumer<ReportInput> sink) throws IOException {
        BoundedLines lines = new BoundedLines(new BufferedInputStream(in, 1 << 16), MAX_REPORT_BYTES);
        BoundedLines.Line line;
        int number = 0;
        // Failures before the first readable report wait here, to become one line if they never stop.
        List<ReportInput> leading = new ArrayList<>();
        boolean readOne = false;
        while ((line = lines.next()) != null) {
            number++;
            String where = name + ":" + number;
            ReportInput input;
            if (line.overlong()) {
                input = ReportInput.failed(where, "line of " + line.length() + " bytes is over the limit of " + MAX_REPORT_BYTES);
            } else if (isBlank(line.bytes())) {
                continue;
            } else {
                input = parseLine(where, line.bytes(), number);
            }
            if (readOne) {
                sink.accept(input);
            } else if (input.failed()) {
                leading.add(input);
                if (leading.size() == GIVE_UP_AFTER) {
                    sink.accept(ReportInput.failed(name, "not JSONL: the first " + GIVE_UP_AFTER
                            + " lines are unreadable (line " + leading.get(0).where().substring(name.length() + 1) + ": "
                            + leading.get(0).error() + "); gave up on this input"));
                    return false;
                }
            } else {
                readOne = true;
                leading.forEach(sink);
                leading.clear();
                sink.accept(input);
            }
        }
        leading.forEach(sink);
        return true;
    }

    /**
     * Why the leading bytes of an input show it is not text (a NUL byte among the first
     * {@value #SNIFF_BYTES}, as in images, archives, UTF-16 and random data), or null when they look like text.
     */
    public static String notText(byte[] head, int length) {
        for (int i = 0; i < Math.min(length, SNIFF_BYTES); i++) {
            if (head[i] == 0) {
                return "file is binary, not text (a NUL byte at offset " + i + ")";
            }
        }
        return null;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    static ReportInput parseLine(String where, byte[] bytes, int number) {
        String text;
        try {
            text = decodeUtf8(bytes);
        } catch (CharacterCodingException e) {
            return ReportInput.failed(where, "bytes are not valid UTF-8");
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (IOException e) {
            String message = firstLine(e.getMessage());
            if (message.startsWith("Duplicate field ")) {
                return ReportInput.failed(where, "JSON object has a key twice: " + message.substring("Duplicate field ".length())
                        + "; refused rather than keep only the last");
            }
            return ReportInput.failed(where, "not a JSON object: " + message);
        }
        if (node == null || !node.isObject()) {
            return ReportInput.failed(where, "not a JSON object");
        }
        JsonNode body = node.get("text");
        if (body == null || !body.isTextual()) {
            return ReportInput.failed(where, "report has no \"text\" string");
        }
        if (body.asText().isBlank()) {
            return ReportInput.failed(where, "report's \"text\" is empty");
        }
        String id = node.hasNonNull("id") ? node.get("id").asText() : "line-" + number;
        LocalDate published;
        try {
            published = parseDate(textOrNull(node, "published"));
        } catch (DateTimeParseException e) {
            return ReportInput.failed(where, "\"published\" is not an ISO date: " + textOrNull(node, "published"));
        }
        return ReportInput.ok(where, new Report(id, body.asText(), textOrNull(node, "title"), published,
                textOrNull(node, "url"), textOrNull(node, "outlet")));
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** ISO date or date-time; null when absent. */
    public static LocalDate parseDate(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        if (t.length() == 10) {
            return LocalDate.parse(t);
        }
        try {
            return OffsetDateTime.parse(t).toLocalDate();
        } catch (DateTimeParseException e) {
            return java.time.LocalDateTime.parse(t).toLocalDate();
        }
    }

    static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    private final FileFacts facts;

    public ReportReader() {
        this(FileFacts.NONE);
    }

    /** A reader that applies {@code facts} to every single-report file ({@code .txt}, {@code .md}, {@code .html}) it reads. */
    public ReportReader(FileFacts facts) {
        this.facts = java.util.Objects.requireNonNull(facts, "facts");
    }

    /** Reads one file: JSONL by extension, otherwise a single report whose id is the file name. */
    public void readFile(Path file, Consumer<ReportInput> sink) {
        String name = file.toString();
        String lower = name.toLowerCase(Locale.ROOT);
        try {
            if (Files.isDirectory(file)) {
                sink.accept(ReportInput.failed(name, "is a directory, not a report file"));
                return;
            }
            if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) {
                try (BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                    String refused = notTextOrEmpty(in);
                    if (refused != null) {
                        sink.accept(ReportInput.failed(name, refused));
                        return;
                    }
                    readJsonl(name, in, sink);
                }
                return;
            }
            sink.accept(singleReport(file, name, lower));
        } catch (IOException e) {
            sink.accept(ReportInput.failed(name, "cannot read: " + e.getMessage()));
        }
    }

    private ReportInput singleReport(Path file, String name, String lower) throws IOException {
        long size = Files.size(file);
        if (size > MAX_REPORT_BYTES) {
            return ReportInput.failed(name, "file of " + size + " bytes is over the limit of " + MAX_REPORT_BYTES);
        }
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length == 0 || isBlank(bytes)) {
            return ReportInput.failed(name, "file is empty");
        }
        if (looksBinary(bytes)) {
            return ReportInput.failed(name, "file is binary, not text");
        }
        String text;
        try {
            text = decodeUtf8(bytes);
        } catch (CharacterCodingException e) {
            return ReportInput.failed(name, "bytes are not valid UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String id = file.getFileName().toString();
        Report read = lower.endsWith(".html") || lower.endsWith(".htm") ? fromHtml(id, text)
                : new Report(id, text, headline(text), null, null, null);
        return ReportInput.ok(name, withFacts(read));
    }

    /**
     * The report with what the person told about the file: the title and outlet given win over
     * the page's own; the day given wins over the page's date; and a dateline near the top that
     * names a day but no year ("SEOUL, Feb. 10 --") takes its year from the day or year given, else
     * from the page's date, and becomes the published day, which the extractor's date stages read.
     */
    private Report withFacts(Report r) {
        LocalDate knownDay = facts.published() != null ? facts.published() : r.published();
        java.time.Year knownYear = facts.year() != null ? facts.year() : knownDay == null ? null : java.time.Year.of(knownDay.getYear());
        LocalDate published = FileFacts.datelineDay(r.text(), knownDay, knownYear).orElse(knownDay);
        return new Report(r.id(), r.text(), facts.title() != null ? facts.title() : r.title(), published, r.url(),
                facts.outlet() != null ? facts.outlet() : r.outlet());
    }

    private static final java.util.regex.Pattern BLANK_LINE_AHEAD = java.util.regex.Pattern.compile("\\n[ \\t\\r]*\\n");

    /** A plain-text report's headline: its first line, when a blank line sets it apart and it is short enough to be one. */
    static String headline(String text) {
        String body = text.stripLeading();
        int end = body.indexOf('\n');
        if (end <= 0 || !BLANK_LINE_AHEAD.matcher(body).region(end, body.length()).lookingAt()) {
            return null;
        }
        String first = body.substring(0, end).strip();
        return first.isEmpty() || first.length() > 200 ? null : first;
    }

    /** Peeks at the stream's first bytes (and puts them back): why it is no JSONL file, or null. */
    private static String notTextOrEmpty(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        if (head.length < SNIFF_BYTES && isBlank(head)) {
            return "file is empty";
        }
        return notText(head, head.length);
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8000);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** Reduces an HTML page to its article text: headline, then paragraphs, one per line. */
    public static Report fromHtml(String id, String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, figure figcaption").remove();
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main");
        }
        if (root == null) {
            root = doc.body();
        }
        String title = doc.selectFirst("h1") != null ? doc.selectFirst("h1").text() : doc.title();
        StringBuilder text = new StringBuilder();
        if (title != null && !title.isBlank()) {
            text.append(title.strip()).append("\n\n");
        }
        for (Element e : root.select("p, h2, h3, li, time")) {
            String t = e.text().strip();
            if (!t.isEmpty() && !t.equals(title)) {
                text.append(t).append("\n\n");
            }
        }
        String published = null;
        Element meta = doc.selectFirst("meta[property=article:published_time], meta[name=date], meta[itemprop=datePublished]");
        if (meta != null) {
            published = meta.attr("content");
        } else if (doc.selectFirst("time[datetime]") != null) {
            published = doc.selectFirst("time[datetime]").attr("datetime");
        }
        Element site = doc.selectFirst("meta[property=og:site_name]");
        String outlet = site == null || site.attr("content").isBlank() ? null : site.attr("content").strip();
        LocalDate date = null;
        try {
            date = parseDate(published);
        } catch (DateTimeParseException ignored) {
            date = null;
        }
        return new Report(id, text.toString().strip(), title, date, null, outlet);
    }

    /** The limit enforced by the extractor itself, for documentation. */
    public static int maxReportChars() { return Extractor.MAX_REPORT_CHARS; }
}
