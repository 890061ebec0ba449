package id.jejak.query.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * @param signingKey     the Ed25519 private key that signs checkpoints, PKCS#8 as PEM or base64; wins over the file
 * @param signingKeyFile a PEM file holding it; created with a new key when it does not exist
 * @param publicKeys     further public keys (X.509, PEM or base64) checkpoints may be signed with: those of earlier
 *                       keys, or the sealing node's key on a node that does not seal
 */
@ConfigurationProperties("jejak.ledger")
public record LedgerProperties(String signingKey, Path signingKeyFile, @DefaultValue List<String> publicKeys,
                               @DefaultValue Checkpoint checkpoint) {

    /**
     * @param enabled     whether this node seals at all (one node among several is chosen by a database lock)
     * @param everyEvents a checkpoint once this many events are unsealed, and at most this many in one checkpoint
     * @param interval    a checkpoint of whatever is unsealed once this long has passed since the last one
     * @param poll        how often the sealer looks
     */
    public record Checkpoint(@DefaultValue("true") boolean enabled, @DefaultValue("1000") int everyEvents,
                             @DefaultValue("5m") Duration interval, @DefaultValue("10s") Duration poll) {
    }
}
