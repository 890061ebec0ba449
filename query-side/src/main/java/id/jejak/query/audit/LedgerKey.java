package id.jejak.query.audit;

import id.jejak.verifier.LedgerKeys;
import id.jejak.verifier.SigningKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The key this node signs checkpoints with, if it has one, and every public key checkpoints are verified with. Where
 * the signing key comes from, in order: {@code jejak.ledger.signing-key}; the file {@code jejak.ledger.signing-key-file}
 * (created with a new key if missing); with the embedded PostgreSQL, {@code ledger-key.pem} in a folder named after
 * its data folder ({@code var/postgres.ledger/} by default, created likewise, with a {@code .gitignore} of its own so
 * that a data folder put inside a checkout never puts its private key into version control; a key an earlier version
 * kept beside the data folder is still used) — or, for a throw-away database, a throw-away key. A
 * configured datasource without a key means no sealing: a production key is configured, never made up on the spot.
 */
public final class LedgerKey {

    private static final Logger log = LoggerFactory.getLogger(LedgerKey.class);

    private final SigningKey signing;
    private final List<PublicKey> publicKeys;

    LedgerKey(SigningKey signing, List<PublicKey> others) {
        this.signing = signing;
        List<PublicKey> keys = new ArrayList<>();
        if (signing != null) {
            keys.add(signing.publicKey());
        }
        keys.addAll(others);
        this.publicKeys = List.copyOf(keys);
    }

    public Optional<SigningKey> signing() {
        return Optional.ofNullable(signing);
    }

    public List<PublicKey> publicKeys() {
        return publicKeys;
    }

    static LedgerKey resolve(LedgerProperties properties, Environment environment) {
        List<PublicKey> others = properties.publicKeys().stream().map(LedgerKeys::publicKey).toList();
        SigningKey signing;
        String source;
        if (StringUtils.hasText(properties.signingKey())) {
            signing = SigningKey.of(LedgerKeys.privateKey(properties.signingKey()));
            source = "jejak.ledger.signing-key";
        } else if (properties.signingKeyFile() != null) {
            signing = loadOrCreate(properties.signingKeyFile());
            source = properties.signingKeyFile().toAbsolutePath().toString();
        } else if (environment.containsProperty("jejak.embedded-postgres.url")) {
            if (environment.getProperty("jejak.embedded-postgres.ephemeral", Boolean.class, false)) {
                signing = SigningKey.generate();
                source = "a throw-away key, as the database is a throw-away one";
            } else {
                Path data = Path.of(environment.getProperty("jejak.embedded-postgres.data-directory", "var/postgres"))
                        .toAbsolutePath().normalize();
                Path earlier = data.resolveSibling("ledger-key.pem");
                Path file = Files.exists(earlier) ? earlier
                        : data.resolveSibling(data.getFileName() + ".ledger").resolve("ledger-key.pem");
                ignoredByVersionControl(file.getParent());
                signing = loadOrCreate(file);
                source = file.toString();
            }
        } else {
            log.warn("No ledger signing key (jejak.ledger.signing-key or jejak.ledger.signing-key-file): checkpoints "
                    + "are not sealed on this node; events are still chained");
            return new LedgerKey(null, others);
        }
        log.info("Ledger checkpoints are signed with key {} from {}. Public key (Ed25519, X.509, base64), for "
                + "auditors to verify exports with: {}", signing.keyId(), source,
                LedgerKeys.base64(signing.publicKey()));
        return new LedgerKey(signing, others);
    }

    private static void ignoredByVersionControl(Path folder) {
        if (!folder.getFileName().toString().endsWith(".ledger")) {
            return;
        }
        try {
            Files.createDirectories(folder);
            Path ignore = folder.resolve(".gitignore");
            if (!Files.exists(ignore)) {
                Files.writeString(ignore, "# the ledger's private signing key: never in version control\n*\n",
                        StandardCharsets.US_ASCII);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the ledger key's folder " + folder, e);
        }
    }

    /** Reads the key from the PEM file, or makes one and writes it there (and its public half beside it). */
    private static SigningKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return SigningKey.of(LedgerKeys.privateKey(Files.readString(file, StandardCharsets.US_ASCII)));
            }
            SigningKey key = SigningKey.generate();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temporary, LedgerKeys.pem(key.privateKey()) + LedgerKeys.pem(key.publicKey()),
                    StandardCharsets.US_ASCII);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            }
            Files.move(temporary, file);
            Files.writeString(file.resolveSibling(publicFileName(file)), LedgerKeys.pem(key.publicKey()),
                    StandardCharsets.US_ASCII);
            log.info("Generated the ledger signing key {} into {} (public key in {}); back it up: checkpoints "
                    + "signed with a lost key can still be verified, but no longer extended", key.keyId(), file,
                    publicFileName(file));
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the ledger signing key " + file, e);
        }
    }

    private static String publicFileName(Path file) {
        return file.getFileName().toString().replaceFirst("\\.pem$", "") + ".pub";
    }
}
