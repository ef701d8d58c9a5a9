package org.reckon.watch;

import java.net.URI;

/**
 * The outcome of one polite, conditional GET (after redirects): a body ({@code status} 200),
 * unchanged ({@code 304}), or a failure with its reason. {@code url} is where the body was
 * found, after any redirects.
 */
public record Fetched(Outcome outcome, int status, URI url, byte[] body, String contentType, String etag, String lastModified,
                      String error) {
    public enum Outcome { BODY, NOT_MODIFIED, FAILED }

    static Fetched body(int status, URI url, byte[] body, String contentType, String etag, String lastModified) {
        return new Fetched(Outcome.BODY, status, url, body, contentType, etag, lastModified, null);
    }

    static Fetched notModified(URI url) {
        return new Fetched(Outcome.NOT_MODIFIED, 304, url, null, null, null, null, null);
    }

    static Fetched failed(int status, URI url, String error) {
        return new Fetched(Outcome.FAILED, status, url, null, null, null, null, error);
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }
}
