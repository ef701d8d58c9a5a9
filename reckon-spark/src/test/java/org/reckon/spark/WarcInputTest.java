package org.reckon.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** WARC input: each HTML response of a (gzipped) WARC file is a report, read as {@code reckon ingest} reads it. */
class WarcInputTest {
    @Test
    void extractsTheHtmlPagesOfAGzippedWarcFile(@TempDir Path dir) throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            w.write(page("https://www.news.example/ambush", "<html><head><title>Ambush</title>"
                    + "<meta property=\"article:published_time\" content=\"2025-03-04\"></head><body><article><p>"
                    + "Gunmen killed 7 villagers in Zamfara on Monday, police said.</p></article></body></html>"));
            w.write(page("https://www.news.example/market", "<html><head><title>Markets</title></head><body><article><p>"
                    + "Shares rose for a third day as the central bank held rates.</p></article></body></html>"));
            w.write(new WarcResponse.Builder(URI.create("https://www.news.example/logo.png"))
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[] {1, 2, 3}).build())
                    .build());
        }
        SparkSession spark = SharedSpark.get();
        Path out = dir.resolve("out");

        SparkExtract.Summary summary = new SparkExtract(spark).run(dir.resolve("*.warc.gz").toString(), out.toString());

        assertThat(summary.reports()).isEqualTo(2);
        assertThat(summary.failed()).isZero();
        assertThat(summary.skipped()).isEqualTo(1);
        List<Row> claims = spark.read().parquet(out + "/claims/parquet").collectAsList();
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.<String>getAs("report_id")).isEqualTo("https://www.news.example/ambush");
            assertThat(c.<String>getAs("source_office")).isEqualTo("news.example");
            assertThat(c.<Long>getAs("low")).isEqualTo(7L);
        });
        assertThat(spark.read().parquet(out + "/reports/parquet").collectAsList())
                .extracting(r -> r.<String>getAs("title")).containsExactlyInAnyOrder("Ambush", "Markets");
    }

    private static WarcResponse page(String url, String html) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2025-03-04T12:00:00Z")).body(http).build();
    }
}
