package org.reckon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.server.Server;
import org.reckon.server.ServerConfig;
import org.reckon.store.LedgerLocation;
import org.reckon.store.TestLedgers;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several writers on one new ledger at once (issue 12): two {@code reckon ingest} processes (the
 * fat jar), an ingest in this JVM and a server taking {@code POST /api/reports}, all starting on
 * a ledger nobody has migrated yet, with overlapping inputs. Every writer must finish cleanly and
 * the ledger must equal, row for row, the one a single writer makes of the same reports:
 * reports, their MinHash bands, sources, claims, chains, estimates, citations and statements,
 * with generated ids replaced by what they stand for (a report by its hash, a claim by its
 * report and ordinal, an estimate by the claims it cites). Run on SQLite and on PostgreSQL.
 */
class ConcurrentWritersIT {
    private static final Path JAR = Path.of("target", "reckon.jar");
    private static final String TOKEN = "writers-token";

    @TempDir
    Path dir;

    @Test
    void fourWritersAtOnceMakeTheLedgerOneWriterMakesOnSqlite() throws Exception {
        writersAgreeWithOne(TestLedgers.sqlite(dir), TestLedgers.sqlite(dir));
    }

    @Test
    @EnabledIfEnvironmentVariable(named = TestLedgers.PG_ENV, matches = "jdbc:postgresql:.*")
    void fourWritersAtOnceMakeTheLedgerOneWriterMakesOnPostgres() throws Exception {
        LedgerLocation single = TestLedgers.postgres();
        LedgerLocation shared = TestLedgers.postgres();
        try {
            writersAgreeWithOne(single, shared);
        } finally {
            TestLedgers.drop(single);
            TestLedgers.drop(shared);
        }
    }

    private void writersAgreeWithOne(LedgerLocation single, LedgerLocation shared) throws Exception {
        List<String> a = reports("part-a.jsonl");
        List<String> b = reports("part-b.jsonl");
        Path first = write("first.jsonl", a.subList(0, 8));
        Path second = write("second.jsonl", a.subList(5, 13));
        Path third = write("third.jsonl", b.subList(0, 8));
        String body = String.join("\n", b.subList(4, 12)) + "\n" + String.join("\n", a.subList(10, 13)) + "\n";

        assertThat(cli(single.url(), first.toString(), second.toString(), third.toString())).isZero();
        // the server's body, through a second run of the same single writer
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "ingest", "--db", single.url(),
                write("body.jsonl", List.of(body.strip().split("\n"))).toString());
        assertThat(code).as(err.toString()).isZero();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Process one = child(shared.url(), "one", first, second);
            Process two = child(shared.url(), "two", third, second);
            Future<Integer> here = pool.submit(() -> cli(shared.url(), third.toString(), first.toString()));
            Future<Integer> served = pool.submit(served(shared.url(), body));
            assertThat(served.get(5, TimeUnit.MINUTES)).as("POST /api/reports").isBetween(200, 201);
            assertThat(here.get(5, TimeUnit.MINUTES)).as("ingest in this JVM").isZero();
            for (Process p : List.of(one, two)) {
                assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
                String name = p == one ? "one" : "two";
                assertThat(p.exitValue()).as("ingest process " + name + ":\n" + Files.readString(dir.resolve(name + ".log"))).isZero();
            }
        } finally {
            pool.shutdownNow();
        }

        Map<String, List<String>> expected = dump(single);
        Map<String, List<String>> actual = dump(shared);
        assertThat(expected.get("reports")).hasSizeGreaterThan(20);
        assertThat(expected.get("estimates")).isNotEmpty();
        assertThat(expected.get("statements")).isNotEmpty();
        for (String table : expected.keySet()) {
            List<String> missing = new ArrayList<>(expected.get(table));
            missing.removeAll(actual.get(table));
            List<String> extra = new ArrayList<>(actual.get(table));
            extra.removeAll(expected.get(table));
            assertThat(actual.get(table)).as("%s: missing %s%nextra %s", table, missing, extra)
                    .containsExactlyElementsOf(expected.get(table));
        }
    }

    private int cli(String db, String... inputs) throws IOException {
        List<String> args = new ArrayList<>(List.of("ingest", "--threads", "1", "--db", db));
        args.addAll(List.of(inputs));
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args.toArray(String[]::new));
        assertThat(err.toString()).as("stderr of ingest " + args).isEmpty();
        return code;
    }

    private Process child(String db, String name, Path... inputs) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1500m", "-jar", JAR.toString(), "ingest", "--threads", "1", "--db", db));
        for (Path p : inputs) {
            command.add(p.toString());
        }
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
    }

    /** Starts a server on the shared ledger (opening it races the other writers' migration) and posts the body. */
    private Callable<Integer> served(String db, String body) {
        return () -> {
            try (Server server = Server.start(new ServerConfig(0, db, TOKEN, ServerConfig.DEFAULT_MAX_BODY_BYTES))) {
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://localhost:" + server.port() + "/api/reports"))
                        .header("Authorization", "Bearer " + TOKEN)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.body()).as("POST answer").contains("\"failed\":0");
                return r.statusCode();
            }
        };
    }

    private List<String> reports(String part) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("..", "corpus", "dev", part), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                ObjectNode node = (ObjectNode) json.readTree(line);
                node.remove("claims");
                out.add(json.writeValueAsString(node));
            }
        }
        return out;
    }

    private Path write(String name, List<String> lines) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }

    /**
     * Every row of the ledger's tables, sorted, with generated ids replaced by what they stand for;
     * {@code input} (which writer read the report, from which file) and {@code ingested_at} left out.
     */
    static Map<String, List<String>> dump(LedgerLocation location) throws SQLException {
        try (Connection c = DriverManager.getConnection(location.url())) {
            Map<Long, String> reports = keys(c, "SELECT id, hash FROM reports");
            Map<Long, String> claims = keys(c, "SELECT c.id, r.hash || '#' || c.ordinal FROM claims c JOIN reports r ON r.id = c.report_id");
            Map<Long, String> sources = keys(c, "SELECT id, name FROM sources");
            Map<Long, String> estimates = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT estimate_id, claim_id FROM citations")) {
                Map<Long, List<String>> cited = new HashMap<>();
                while (rs.next()) {
                    cited.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(claims.get(rs.getLong(2)));
                }
                cited.forEach((id, list) -> estimates.put(id, list.stream().sorted().toList().toString()));
            }
            Map<String, Map<Long, String>> references = Map.of("report_id", reports, "syndicated_with", reports,
                    "claim_id", claims, "source_id", sources, "estimate_id", estimates);
            Map<String, List<String>> tables = new TreeMap<>();
            for (String table : List.of("reports", "report_bands", "sources", "claims", "chains", "estimates", "citations", "statements")) {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            String column = meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT);
                            Object value = rs.getObject(i);
                            if (column.equals("input") || column.equals("ingested_at")) {
                                continue;
                            }
                            if (column.equals("id")) {
                                Map<Long, String> own = table.equals("estimates") ? estimates : table.equals("claims") ? claims
                                        : table.equals("reports") ? reports : table.equals("sources") ? sources : null;
                                row.append("key=").append(own == null ? "-" : own.get(((Number) value).longValue())).append(' ');
                                continue;
                            }
                            if (references.containsKey(column) && value != null) {
                                value = references.get(column).get(((Number) value).longValue());
                            }
                            if (column.equals("originator") && value != null && value.toString().matches("report:\\d+")) {
                                // a figure on a report's own authority: its originator is the report
                                value = "report:" + reports.get(Long.parseLong(value.toString().substring(7)));
                            }
                            row.append(column).append('=').append(value).append(' ');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(table, rows);
            }
            return tables;
        }
    }

    private static Map<Long, String> keys(Connection c, String sql) throws SQLException {
        Map<Long, String> keys = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                keys.put(rs.getLong(1), rs.getString(2));
            }
        }
        return keys;
    }
}
