package org.reckon.watch;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.reckon.model.Report;
import org.reckon.store.Ledger;
import org.reckon.store.changes.Change;
import org.reckon.store.changes.ChangeQuery;
import org.reckon.store.ingest.ReportHash;
import org.reckon.store.ingest.StoreOutcome;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code reckon watch}: polls each source of a {@link WatchList} that is due, follows each new feed
 * entry to its article page, and stores each page's text as a report through the ledger's write
 * path. Pages first seen within {@code recheck-for} are fetched again, conditionally, at every poll;
 * a changed text is a new version of the report, linked to the first in {@code watch_versions}.
 * A failing source waits twice as long after each consecutive failure; a page that fails is
 * recorded and the loop goes on. {@link #stop} lets the current report finish, then the loop ends.
 */
public final class Watcher {
    /** What one poll did. */
    public record Poll(int sourcesPolled, int sourcesFailed, int pagesFetched, int notModified, int stored, int pagesFailed) {}

    /** Polls at which a recent page that never could be read is tried again. */
    static final int MAX_PAGE_TRIES = 3;

    private final WatchList list;
    private final WatchOptions options;
    private final WatchState state;
    private final Ingest ingest;
    private final Fetcher fetcher;
    private final Clock clock;
    private final PrintWriter log;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopping;
    private final ChangeQuery changes;
    private java.util.function.Consumer<List<Change>> onChanges = c -> { };
    private Long lastChange;

    private final class Tally {
        int polled, sourcesFailed, fetched, notModified, stored, pagesFailed;
        final Set<Long> fetchedPages = new HashSet<>();

        Poll poll() {
            return new Poll(polled, sourcesFailed, fetched, notModified, stored, pagesFailed);
        }
    }

    public Watcher(Ledger ledger, WatchList list, WatchOptions options, Ingest ingest, Clock clock, PrintWriter log) {
        this.list = list;
        this.options = options;
        this.state = new WatchState(ledger);
        this.ingest = ingest;
        this.fetcher = new Fetcher(options);
        this.clock = clock;
        this.log = log;
        this.changes = new ChangeQuery(ledger);
    }

    /**
     * Hands every change stored by this watcher, oldest first, to {@code consumer} after the
     * report that made it (the webhooks); changes made before the watcher started are not handed on.
     */
    public Watcher onChanges(java.util.function.Consumer<List<Change>> consumer) throws SQLException {
        this.onChanges = consumer;
        List<Change> newest = changes.find(new ChangeQuery.Filter(null, null, null, 1));
        this.lastChange = newest.isEmpty() ? 0L : newest.get(0).id();
        return this;
    }

    private void handOnChanges() throws SQLException {
        if (lastChange == null) {
            return;
        }
        List<Change> fresh = new java.util.ArrayList<>(changes.find(new ChangeQuery.Filter(null, null, lastChange, 10_000)));
        if (fresh.isEmpty()) {
            return;
        }
        java.util.Collections.reverse(fresh);
        lastChange = fresh.get(fresh.size() - 1).id();
        onChanges.accept(fresh);
    }

    /** Polls until {@link #stop}ped: one poll, then a wait of {@code every}. */
    public void run() throws SQLException, InterruptedException {
        while (!stopping) {
            pollOnce();
            if (stopped.await(options.every().toMillis(), TimeUnit.MILLISECONDS)) {
                break;
            }
        }
    }

    /** Asks the loop to end after the report it is on. */
    public void stop() {
        stopping = true;
        stopped.countDown();
    }

    /** Polls every source that is due, then re-checks the recent pages not fetched in this poll. */
    public Poll pollOnce() throws SQLException, InterruptedException {
        Tally t = new Tally();
        for (WatchList.Watched w : list.sources()) {
            if (stopping) {
                return t.poll();
            }
            WatchState.SourceState s = state.source(w);
            if (due(s) && !pastRecheck(w, s)) {
                pollSource(w, s, t);
            }
        }
        for (WatchState.PageState p : state.recent(clock.instant(), options.recheckFor())) {
            if (stopping) {
                break;
            }
            // a page read before is asked whether it changed; one that failed is tried again a few times
            boolean worthIt = p.textHash() != null || p.failures() < MAX_PAGE_TRIES;
            if (worthIt && !t.fetchedPages.contains(p.id())) {
                recheck(p, t);
            }
        }
        return t.poll();
    }

    /** A page listed as a source is, like any page, fetched only while recent. */
    private boolean pastRecheck(WatchList.Watched w, WatchState.SourceState s) throws SQLException {
        if (!"page".equals(s.kind())) {
            return false;
        }
        WatchState.PageState page = state.page(w.url().toString(), s.id(), null, null, clock.instant());
        return page.textHash() != null && !isRecent(page);
    }

    private boolean due(WatchState.SourceState s) {
        if (s.nextFetch() == null) {
            return true;
        }
        // a tenth of a poll's slack, so that a poll that ran a little late does not skip a source
        return !Instant.parse(s.nextFetch()).isAfter(clock.instant().plus(options.every().dividedBy(10)));
    }

    private void pollSource(WatchList.Watched w, WatchState.SourceState s, Tally t) throws SQLException, InterruptedException {
        Fetched f = fetcher.get(w.url(), s.etag(), s.lastModified());
        Instant now = clock.instant();
        t.polled++;
        if (f.failed()) {
            t.sourcesFailed++;
            state.sourcePolled(s, null, f, now, options.every());
            say(w.url() + ": " + f.error() + " (failure " + (s.failures() + 1) + "; next try in "
                    + options.every().multipliedBy(1L << Math.min(s.failures() + 1, WatchState.MAX_BACKOFF_DOUBLINGS)).toMinutes() + " min)");
            return;
        }
        if (f.outcome() == Fetched.Outcome.NOT_MODIFIED) {
            t.notModified++;
            state.sourcePolled(s, null, f, now, options.every());
            return;
        }
        SyndFeed feed = feed(f);
        if (feed == null) {
            state.sourcePolled(s, "page", f, now, options.every());
            WatchState.PageState page = state.page(w.url().toString(), s.id(), null, null, now);
            if (page.textHash() == null || isRecent(page)) {
                t.fetchedPages.add(page.id());
                t.fetched++;
                read(page, f, w.outlet(), t);
            }
            return;
        }
        if (followEntries(w, s, f, feed, t)) {
            // only once every entry is followed: a watcher stopped or killed before then reads the whole feed again
            state.sourcePolled(s, "feed", f, now, options.every());
        }
    }

    /** Follows each entry new to the ledger to its page; false when stopped before the last. */
    private boolean followEntries(WatchList.Watched w, WatchState.SourceState s, Fetched f, SyndFeed feed, Tally t)
            throws SQLException, InterruptedException {
        Instant now = clock.instant();
        String outlet = w.outlet() != null ? w.outlet() : feed.getTitle();
        for (SyndEntry e : feed.getEntries()) {
            if (stopping) {
                return false;
            }
            if (e.getLink() == null || e.getLink().isBlank()) {
                continue;
            }
            URI link;
            try {
                link = f.url().resolve(e.getLink().strip());
            } catch (IllegalArgumentException bad) {
                say(w.url() + ": entry link is not a URL: " + e.getLink());
                continue;
            }
            WatchState.PageState page = state.page(link.toString(), s.id(), e.getTitle(), date(e), now);
            if (page.textHash() == null && t.fetchedPages.add(page.id())) {
                fetchPage(page, outlet, t);
            }
        }
        return true;
    }

    private boolean isRecent(WatchState.PageState p) {
        return !Instant.parse(p.firstSeen()).isBefore(clock.instant().minus(options.recheckFor()));
    }

    private void recheck(WatchState.PageState p, Tally t) throws SQLException, InterruptedException {
        t.fetchedPages.add(p.id());
        String outlet = state.sources().stream().filter(s -> s.id() == p.sourceId()).findFirst()
                .map(WatchState.SourceState::outlet).orElse(null);
        fetchPage(p, outlet, t);
    }

    private void fetchPage(WatchState.PageState p, String outlet, Tally t) throws SQLException, InterruptedException {
        boolean known = p.textHash() != null;
        Fetched f = fetcher.get(URI.create(p.url()), known ? p.etag() : null, known ? p.lastModified() : null);
        t.fetched++;
        if (f.outcome() == Fetched.Outcome.NOT_MODIFIED) {
            t.notModified++;
            state.pageChecked(p, f, clock.instant());
            return;
        }
        if (f.failed()) {
            t.pagesFailed++;
            state.pageChecked(p, f, clock.instant());
            say(p.url() + ": " + f.error());
            return;
        }
        read(p, f, outlet, t);
    }

    /** Reduces a fetched page to a report and stores it when its text is news; one bad page is one line, never the end of the loop. */
    private void read(WatchState.PageState p, Fetched f, String outlet, Tally t) throws SQLException {
        Instant now = clock.instant();
        int version = p.versions() + 1;
        String id = version == 1 ? p.url() : p.url() + "#version-" + version;
        LocalDate entryDate = p.entryPublished() == null ? null : LocalDate.parse(p.entryPublished());
        PageReader.Page page = PageReader.read(f.url(), f.body(), id, p.entryTitle(), entryDate, outlet);
        Report report = page.report();
        if (version > 1) {
            // a revision is news of the day it was seen, unless the page says when it was modified
            LocalDate seen = page.modified() != null ? page.modified() : LocalDate.ofInstant(now, ZoneOffset.UTC);
            report = new Report(report.id(), report.text(), report.title(), seen, report.url(), report.outlet());
        }
        if (report.text().isBlank()) {
            t.pagesFailed++;
            state.pageChecked(p, Fetched.failed(200, f.url(), "no article text on the page"), now);
            say(p.url() + ": no article text on the page");
            return;
        }
        String textHash = sha256(report.text());
        if (textHash.equals(p.textHash())) {
            state.pageRead(p, f, textHash, null, now);
            return;
        }
        try {
            StoreOutcome o = ingest.store(report, p.url());
            Long reportId = o.duplicate() ? state.reportWithHash(ReportHash.of(report)) : o.reportId();
            String hash = textHash;
            state.pageRead(p, f, hash, reportId, now);
            t.stored += o.duplicate() ? 0 : 1;
            handOnChanges();
            say(p.url() + ": " + (o.duplicate() ? "already in the ledger as report " + reportId
                    : (version == 1 ? "stored" : "version " + version + " stored") + " as report " + reportId + " (" + o.claims() + " claims)"));
        } catch (IllegalArgumentException | IllegalStateException refused) {
            t.pagesFailed++;
            state.pageChecked(p, Fetched.failed(200, f.url(), "not stored: " + refused.getMessage()), now);
            say(p.url() + ": not stored: " + refused.getMessage());
        }
    }

    /** The body as a feed, or null when it is no RSS or Atom feed (then it is a page). */
    private static SyndFeed feed(Fetched f) {
        String type = f.contentType() == null ? "" : f.contentType().toLowerCase(java.util.Locale.ROOT);
        String head = new String(f.body(), 0, Math.min(f.body().length, 512), StandardCharsets.UTF_8).stripLeading();
        boolean xml = type.contains("xml") || type.contains("rss") || type.contains("atom") || head.startsWith("<?xml")
                || head.startsWith("<rss") || head.startsWith("<feed");
        if (!xml || type.contains("html") && !head.startsWith("<?xml")) {
            return null;
        }
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            return input.build(new InputStreamReader(new ByteArrayInputStream(f.body()), StandardCharsets.UTF_8));
        } catch (FeedException | IllegalArgumentException notAFeed) {
            return null;
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static LocalDate date(SyndEntry e) {
        java.util.Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        return d == null ? null : d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private void say(String line) {
        if (log != null) {
            log.println("watch: " + line);
            log.flush();
        }
    }
}
