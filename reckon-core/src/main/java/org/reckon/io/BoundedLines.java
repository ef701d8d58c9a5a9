package org.reckon.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayOutputStream;

/**
 * Reads lines as raw bytes with a cap on their length, so one 50 MB line cannot exhaust the
 * heap: the rest of an overlong line is skipped and reported.
 */
final class BoundedLines {
    /** A line's bytes, or a note that it was longer than the cap. */
    record Line(byte[] bytes, long length, boolean overlong) {}

    private final InputStream in;
    private final int maxBytes;
    private boolean eof;

    BoundedLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line without its terminator, or null at the end of input. */
    Line next() throws IOException {
        if (eof) {
            return null;
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
        long length = 0;
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                return finish(buf, length);
            }
            length++;
            if (length <= maxBytes) {
                buf.write(b);
            }
        }
        eof = true;
        if (length == 0) {
            return null;
        }
        return finish(buf, length);
    }

    private Line finish(ByteArrayOutputStream buf, long length) {
        byte[] bytes = buf.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        }
        return new Line(bytes, length, length > maxBytes);
    }
}
