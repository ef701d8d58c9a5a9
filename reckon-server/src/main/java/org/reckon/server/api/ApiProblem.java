package org.reckon.server.api;

/** A request the API refuses, with the HTTP status and a message for the caller. Mapped to JSON in one place. */
public final class ApiProblem extends RuntimeException {
    private final int status;

    public ApiProblem(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() { return status; }

    public static ApiProblem badParameter(String name, String message) {
        return new ApiProblem(400, "parameter '" + name + "': " + message);
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(404, what);
    }
}
