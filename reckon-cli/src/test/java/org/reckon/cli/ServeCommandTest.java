package org.reckon.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void rejectsAPortOutOfRangeAsBadUsage() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "serve", "--port", "70000",
                "--db", dir.resolve("l.db").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--port").contains("70000");
    }

    @Test
    void isListedInTheHelp() {
        StringWriter out = new StringWriter();
        Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "--help");
        assertThat(out.toString()).contains("serve");
    }
}
