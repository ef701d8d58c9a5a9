package org.reckon.store.review;

/** A review action that cannot be done, with the reason in one line. */
public final class ReviewProblem extends RuntimeException {
    /** What kind of problem: an unknown id, a value that is not valid, or a state that forbids the action. */
    public enum Kind { NOT_FOUND, INVALID, CONFLICT }

    private final Kind kind;

    public ReviewProblem(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() { return kind; }

    static ReviewProblem notFound(String message) { return new ReviewProblem(Kind.NOT_FOUND, message); }

    static ReviewProblem invalid(String message) { return new ReviewProblem(Kind.INVALID, message); }

    static ReviewProblem conflict(String message) { return new ReviewProblem(Kind.CONFLICT, message); }
}
