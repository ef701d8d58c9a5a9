package org.reckon.store.ingest;

import org.reckon.model.Report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The content hash that makes a report stored once: SHA-256 of its text with runs of
 * whitespace collapsed, plus its outlet. The caller's id is left out, so the same file read
 * again under another name is still a duplicate; the outlet is kept, so one wire story carried
 * word for word by two outlets is two reports that syndication links.
 */
public final class ReportHash {
    private ReportHash() {}

    public static String of(Report report) {
        String normalized = report.text().strip().replaceAll("\\s+", " ");
        String outlet = report.outlet() == null ? "" : report.outlet().strip().toLowerCase(java.util.Locale.ROOT);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(normalized.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(outlet.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }
}
