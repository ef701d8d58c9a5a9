package org.reckon.store.users;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Argon2id (BouncyCastle) over a token's secret with the account's salt. The parameters are
 * OWASP's minimum for Argon2id (19 MiB, 2 passes, 1 lane), enough for a random 256-bit secret
 * and cheap enough to check on every write. Comparison is constant-time.
 */
final class TokenHash {
    static final int MEMORY_KIB = 19 * 1024;
    static final int PASSES = 2;
    static final int LENGTH = 32;

    private TokenHash() {}

    static byte[] of(String secret, byte[] salt) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withSalt(salt).withMemoryAsKB(MEMORY_KIB).withIterations(PASSES).withParallelism(1).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[LENGTH];
        generator.generateBytes(secret.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }

    static boolean matches(String secret, byte[] salt, byte[] expected) {
        return MessageDigest.isEqual(of(secret, salt), expected);
    }
}
