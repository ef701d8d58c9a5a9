package org.reckon.store.users;

/** A named account; {@code revokedAt} is null while its token works. */
public record User(long id, String name, UserRole role, String createdAt, String revokedAt) {
    public boolean active() {
        return revokedAt == null;
    }
}
