package id.jejak.platform.security;

/**
 * A principal of a sign-in that keeps a session (a demo user's password, or the console's sign-in at the issuer):
 * whichever way it was made, it stands for one Jejak user.
 */
public interface SignedInUser {

    JejakUser user();
}
