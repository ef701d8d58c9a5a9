package org.reckon.store.sources;

import org.reckon.store.Ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which names in the ledger are one body. Two kinds of knowledge, both kept in the ledger:
 * the lexicon's aliases of a canonical source ({@code sources.aliases}: a source stored under
 * an alias of another stored source is that source), and an analyst's merges
 * ({@code reckon sources --merge A B}), kept as a log in {@code source_merges} so that each
 * merge is recorded and {@link #unmerge undone}. Estimates follow: {@link #identities()} is
 * applied when estimates are read, so nothing stored is rewritten.
 */
public final class SourceMerges {
    /** The body a name stands for: its canonical name, kind and affiliation. */
    public record Canonical(String name, String kind, String affiliation) {}

    /** One line of the merge log. */
    public record Merge(long id, String action, String name, String into, String madeAt) {}

    /** A stored name shown and counted as another body: {@code by} is "merge" (an analyst's) or "alias" (the lexicon's). */
    public record Filing(String name, String into, String by) {}

    /** A name that is no source of the ledger. */
    public static final class UnknownSource extends IllegalArgumentException {
        UnknownSource(String message) {
            super(message);
        }
    }

    /** A merge or unmerge the log as it stands does not allow (not merged, or already filed the other way). */
    public static final class Conflict extends IllegalArgumentException {
        Conflict(String message) {
            super(message);
        }
    }

    private final Ledger ledger;

    public SourceMerges(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Files {@code name} under {@code into}: both must be sources in the ledger, and different. Returns the log line. */
    public Merge merge(String name, String into) throws SQLException {
        String from = stored(name);
        String to = stored(into);
        if (from.equalsIgnoreCase(to)) {
            throw new IllegalArgumentException("cannot merge a source into itself: '" + name + "'");
        }
        Canonical target = identities().get(key(to));
        if (target != null && target.name().equalsIgnoreCase(from)) {
            throw new Conflict("'" + to + "' is already filed under '" + from + "'; unmerge it first");
        }
        return log("merge", from, to);
    }

    /** Undoes the merge of {@code name}; fails when no merge of it stands. Returns the log line. */
    public Merge unmerge(String name) throws SQLException {
        String from = stored(name);
        if (!merged().containsKey(key(from))) {
            throw new Conflict("'" + from + "' is not merged into another source");
        }
        return log("unmerge", from, null);
    }

    /** Every stored name filed under another body, by merge or lexicon alias, in name order. */
    public List<Filing> filings() throws SQLException {
        Map<String, String> merged = merged();
        List<Filing> out = new ArrayList<>();
        for (Map.Entry<String, Canonical> e : identities().entrySet()) {
            String name = storedName(e.getKey());
            out.add(new Filing(name, e.getValue().name(), merged.containsKey(e.getKey()) ? "merge" : "alias"));
        }
        out.sort(java.util.Comparator.comparing(f -> key(f.name())));
        return out;
    }

    /** The merge log, oldest first. */
    public List<Merge> log() throws SQLException {
        List<Merge> out = new ArrayList<>();
        Connection c = ledger.connection();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, action, name, into_name, made_at FROM source_merges ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Merge(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        }
        c.commit();
        return out;
    }

    /**
     * Every name (lower-cased) that stands for another source, mapped to the body it names;
     * names that are their own canonical source are absent.
     */
    public Map<String, Canonical> identities() throws SQLException {
        Map<String, Canonical> sources = new HashMap<>();
        Map<String, String> into = new LinkedHashMap<>();
        Connection c = ledger.connection();
        List<String[]> aliased = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, kind, affiliation, aliases FROM sources");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString(1);
                sources.put(key(name), new Canonical(name, rs.getString(2), rs.getString(3)));
                if (rs.getString(4) != null) {
                    aliased.add(new String[] {name, rs.getString(4)});
                }
            }
        }
        c.commit();
        for (String[] a : aliased) {
            for (String alias : a[1].split("\\|")) {
                String k = key(alias);
                if (!alias.isBlank() && sources.containsKey(k) && !k.equals(key(a[0]))) {
                    into.put(k, a[0]);
                }
            }
        }
        into.putAll(merged());
        Map<String, Canonical> out = new HashMap<>();
        for (String name : into.keySet()) {
            String at = name;
            Set<String> seen = new HashSet<>();
            while (into.containsKey(at) && seen.add(at)) {
                at = key(into.get(at));
            }
            Canonical body = sources.get(at);
            if (body != null && !at.equals(name)) {
                out.put(name, body);
            }
        }
        return out;
    }

    /** The analyst's merges that stand: the newest log line of each name, when it is a merge. */
    private Map<String, String> merged() throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Merge m : log()) {
            if (m.action().equals("merge")) {
                out.put(key(m.name()), m.into());
            } else {
                out.remove(key(m.name()));
            }
        }
        return out;
    }

    private String stored(String name) throws SQLException {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a source name is needed, got '" + name + "'");
        }
        Connection c = ledger.connection();
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM sources WHERE LOWER(name) = LOWER(?) ORDER BY id")) {
            ps.setString(1, name.strip());
            try (ResultSet rs = ps.executeQuery()) {
                String found = rs.next() ? rs.getString(1) : null;
                c.commit();
                if (found == null) {
                    throw new UnknownSource("no source named '" + name + "' in the ledger (see reckon sources)");
                }
                return found;
            }
        }
    }

    /** The name as stored, for a lower-cased key of a stored source. */
    private String storedName(String key) throws SQLException {
        Connection c = ledger.connection();
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM sources WHERE LOWER(name) = ? ORDER BY id")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                String found = rs.next() ? rs.getString(1) : key;
                c.commit();
                return found;
            }
        }
    }

    private Merge log(String action, String name, String into) throws SQLException {
        Connection c = ledger.connection();
        String madeAt = Instant.now().toString();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO source_merges (action, name, into_name, made_at) VALUES (?, ?, ?, ?) RETURNING id")) {
            ps.setString(1, action);
            ps.setString(2, name);
            ps.setString(3, into);
            ps.setString(4, madeAt);
            long id;
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            c.commit();
            return new Merge(id, action, name, into, madeAt);
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
