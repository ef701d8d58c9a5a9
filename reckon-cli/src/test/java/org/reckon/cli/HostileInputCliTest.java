package org.reckon.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.store.LedgerLocation;
import org.reckon.store.TestLedgers;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code reckon ingest} given what a careless or hostile user gives it (issue 12): every bad
 * input is one line on stderr and a failure, whatever its extension, and never stops the batch.
 */
class HostileInputCliTest {
    @TempDir
    Path dir;

    private String err;

    private int ingest(String db, Path... files) {
        StringWriter out = new StringWriter();
        StringWriter errors = new StringWriter();
        String[] args = new String[files.length + 3];
        args[0] = "ingest";
        args[1] = "--db";
        args[2] = db;
        for (int i = 0; i < files.length; i++) {
            args[i + 3] = files[i].toString();
        }
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(errors, true), args);
        err = errors.toString();
        return code;
    }

    private Path file(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    @Test
    void oneMegabyteOfRandomBytesNamedJsonlIsOneLine() throws Exception {
        byte[] bytes = new byte[1 << 20];
        new Random(6).nextBytes(bytes);
        Path junk = file("random.jsonl", bytes);
        assertThat(ingest(TestLedgers.sqlite(dir).url(), junk)).isEqualTo(1);
        assertThat(err.lines()).containsExactly("reckon: " + junk + ": file is binary, not text (a NUL byte at offset "
                + indexOfNul(bytes) + ")");
    }

    private static int indexOfNul(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void emptyFilesOfEveryTypeAreOneFailureEach() throws Exception {
        String[] names = {"empty.jsonl", "empty.json", "empty.txt", "empty.md", "empty.html", "empty.rss", "empty.xml", "empty.warc"};
        Path[] files = new Path[names.length];
        for (int i = 0; i < names.length; i++) {
            files[i] = file(names[i], new byte[0]);
        }
        assertThat(ingest(TestLedgers.sqlite(dir).url(), files)).isEqualTo(1);
        assertThat(err.lines().filter(l -> l.endsWith(": file is empty"))).hasSize(names.length);
        assertThat(err.lines()).hasSize(names.length);
    }

    @Test
    void textFilesOfJunkAreOneLineEach() throws Exception {
        StringBuilder junk = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            junk.append("line ").append(i).append(" is not json at all\n");
        }
        Path jsonl = file("junk.jsonl", junk.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(ingest(TestLedgers.sqlite(dir).url(), jsonl)).isEqualTo(1);
        assertThat(err.lines()).hasSize(1);
        assertThat(err).startsWith("reckon: " + jsonl + ": not JSONL: the first 10 lines are unreadable (line 1: not a JSON object:");
    }

    @Test
    void aReportWithAKeyTwiceIsRefusedWithOneLine() throws Exception {
        Path f = file("dup.jsonl", "{\"id\": \"d\", \"text\": \"About 300 soldiers were killed, the army said.\", \"text\": \"x\"}\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(ingest(TestLedgers.sqlite(dir).url(), f)).isEqualTo(1);
        assertThat(err.lines()).containsExactly("reckon: " + f + ":1: JSON object has a key twice: 'text'; refused rather than keep only the last");
    }

    @Test
    void aNulInAReportIsOneLineAndTheBatchGoesOnOnSqlite() throws Exception {
        nulDoesNotStopTheBatch(TestLedgers.sqlite(dir));
    }

    @Test
    void aNulInAReportIsOneLineAndTheBatchGoesOnOnPostgres() throws Exception {
        assumeTrue(TestLedgers.postgresUrl() != null, TestLedgers.PG_ENV + " names no database");
        LedgerLocation pg = TestLedgers.postgres();
        try {
            nulDoesNotStopTheBatch(pg);
        } finally {
            TestLedgers.drop(pg);
        }
    }

    private void nulDoesNotStopTheBatch(LedgerLocation db) throws Exception {
        Path first = file("first.jsonl", ("{\"id\": \"a\", \"outlet\": \"W\", \"text\": \"Before\\n\\nAt least 51 civilians were killed in Gao, the UN said.\"}\n"
                + "{\"id\": \"b\", \"outlet\": \"W\", \"text\": \"NUL \\u0000 inside\\n\\nAt least 52 civilians were killed in Gao, the UN said.\"}\n"
                + "{\"id\": \"c\", \"outlet\": \"W\", \"text\": \"After\\n\\nAt least 53 civilians were killed in Gao, the UN said.\"}\n")
                .getBytes(StandardCharsets.UTF_8));
        Path second = file("second.txt", "A later file\n\nAt least 54 civilians were killed in Gao, the UN said.".getBytes(StandardCharsets.UTF_8));
        assertThat(ingest(db.url(), first, second)).isEqualTo(1);
        assertThat(err.lines()).containsExactly("reckon: " + first + ":2: \"text\" holds a NUL character (U+0000) at offset 4,"
                + " which the ledger cannot store; report refused");
        assertThat(TestLedgers.count(db, "SELECT COUNT(*) FROM reports")).isEqualTo(3);

        assertThat(ingest(db.url(), first, second)).as("a rerun refuses the same report the same way").isEqualTo(1);
        assertThat(err.lines()).hasSize(1);
    }
}
