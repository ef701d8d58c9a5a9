package org.reckon.cli;

import org.reckon.store.Ledger;
import org.reckon.store.users.User;
import org.reckon.store.users.UserRole;
import org.reckon.store.users.Users;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code reckon users add|revoke|list}: the accounts whose tokens the server accepts. */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Add, revoke and list the accounts of the server.",
        subcommands = {UsersCommand.Add.class, UsersCommand.Revoke.class, UsersCommand.ListUsers.class})
public final class UsersCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: add, revoke or list");
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Make an account and print its token, once.")
    static final class Add implements Callable<Integer> {
        @Mixin DbOption db;
        @Parameters(paramLabel = "NAME") String name;
        @Option(names = "--role", required = true, description = "reader, reviewer or admin") String role;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            UserRole r;
            try {
                r = UserRole.fromWire(role);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            try (Ledger ledger = db.open()) {
                Users.Issued issued = new Users(ledger).add(name, r);
                PrintWriter out = spec.commandLine().getOut();
                out.println(issued.token());
                out.flush();
                spec.commandLine().getErr().printf("reckon: account '%s' (%s) made; its token is above and is not stored:"
                        + " it cannot be shown again%n", name, r.wire());
            }
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke an account's token for good.")
    static final class Revoke implements Callable<Integer> {
        @Mixin DbOption db;
        @Parameters(paramLabel = "NAME") String name;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (Ledger ledger = db.open()) {
                User u = new Users(ledger).revoke(name);
                spec.commandLine().getOut().printf("account '%s' revoked at %s%n", u.name(), u.revokedAt());
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every account, revoked ones included.")
    static final class ListUsers implements Callable<Integer> {
        @Mixin DbOption db;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (Ledger ledger = db.open()) {
                out.printf("%-24s %-9s %-28s %s%n", "NAME", "ROLE", "CREATED", "REVOKED");
                for (User u : new Users(ledger).all()) {
                    out.printf("%-24s %-9s %-28s %s%n", u.name(), u.role().wire(), u.createdAt(), Cells.orDash(u.revokedAt()));
                }
            }
            out.flush();
            return 0;
        }
    }
}
