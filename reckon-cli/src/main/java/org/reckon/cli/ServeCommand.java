package org.reckon.cli;

import org.reckon.server.Server;
import org.reckon.server.ServerConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code reckon serve}: the JSON API and the dashboard over the ledger until the process is
 * stopped. Writes need {@code RECKON_TOKEN} (an admin) or an account's token ({@code reckon users
 * add}); reads are open unless {@code RECKON_READS=token}.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the ledger's JSON API (/api) and dashboard (/) over HTTP.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Option(names = "--port", defaultValue = "8080", description = "port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--watch", paramLabel = "SOURCES_FILE", description = "also run `reckon watch SOURCES_FILE` inside the server")
    java.nio.file.Path watch;

    @Option(names = "--every", defaultValue = "10m", description = "with --watch: time between polls (default ${DEFAULT-VALUE})")
    String every;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ServerConfig config;
        try {
            config = ServerConfig.of(port, db.db);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    e.getMessage().startsWith("RECKON_READS") ? e.getMessage() : "--port: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stopped = new CountDownLatch(1);
        org.reckon.watch.WatchList sources = null;
        java.time.Duration pollEvery = null;
        if (watch != null) {
            try {
                sources = org.reckon.watch.WatchList.read(watch);
                pollEvery = org.reckon.watch.WatchOptions.duration(every, "--every");
            } catch (IllegalArgumentException | java.nio.file.NoSuchFileException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e instanceof java.nio.file.NoSuchFileException
                        ? "--watch: no such file: " + watch : e.getMessage());
            }
        }
        try (Server server = Server.start(config);
             InServerWatch watcher = sources == null ? null : InServerWatch.start(db.db, sources, pollEvery, spec.commandLine().getErr())) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (watcher != null) {
                    watcher.stopAndWait();
                }
                stopped.countDown();
            }, "reckon-serve-stop"));
            out.printf("reckon: serving %s on http://localhost:%d/ (writes: %s; reads: %s)%n",
                    org.reckon.store.LedgerLocation.of(db.db).display(), server.port(),
                    config.writable() ? "RECKON_TOKEN and accounts' tokens" : "accounts' tokens only (reckon users add)",
                    config.readsNeedToken() ? "a reader's token" : "open");
            out.flush();
            stopped.await();
        }
        return 0;
    }
}
