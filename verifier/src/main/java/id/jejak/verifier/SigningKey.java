package id.jejak.verifier;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;

/** The key that signs checkpoints, with its public half and id worked out once. */
public record SigningKey(PrivateKey privateKey, PublicKey publicKey, String keyId) {

    public static SigningKey of(PrivateKey privateKey) {
        PublicKey publicKey = LedgerKeys.publicKeyOf(privateKey);
        return new SigningKey(privateKey, publicKey, LedgerKeys.keyId(publicKey));
    }

    public static SigningKey generate() {
        KeyPair pair = LedgerKeys.generate();
        return new SigningKey(pair.getPrivate(), pair.getPublic(), LedgerKeys.keyId(pair.getPublic()));
    }
}
