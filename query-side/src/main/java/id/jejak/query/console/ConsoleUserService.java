package id.jejak.query.console;

import id.jejak.platform.security.JejakUser;
import id.jejak.platform.security.JwtUserConverter;
import id.jejak.platform.security.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;


/**
 * The console's user after a sign-in at the issuer: the user its access token describes, read as the API reads a
 * bearer token (the same decoder, the same claims), so that a person is the same user with the same role in the
 * console and in the API. The ID token only says who signed in (an issuer such as Keycloak puts the roles in the
 * access token alone); it is kept to sign out at the issuer. A token that names no Jejak user is refused: the browser
 * goes back to the sign-in page, which says why.
 */
class ConsoleUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The error code of a sign-in the issuer accepted and Jejak refused: no role, two roles, an employee's NIP. */
    static final String NO_JEJAK_USER = "jejak_user_refused";

    private static final Logger log = LoggerFactory.getLogger(ConsoleUserService.class);

    private final JwtDecoder decoder;
    private final JwtUserConverter users;

    ConsoleUserService(JwtDecoder decoder, JwtUserConverter users) {
        this.decoder = decoder;
        this.users = users;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        try {
            JejakUser user = JejakUser.of(users.convert(decoder.decode(request.getAccessToken().getTokenValue())))
                    .orElseThrow();
            return new ConsoleUser(user, request.getIdToken());
        } catch (OAuth2AuthenticationException refused) {
            // the converter's reasons name what is missing, never a claim's value
            log.warn("Console sign-in refused: {}", refused.getError().getDescription());
            throw new OAuth2AuthenticationException(new OAuth2Error(NO_JEJAK_USER,
                    "the issuer's token names no Jejak user", null), refused);
        } catch (JwtException unreadable) {
            log.warn("Console sign-in refused: the issuer's access token could not be read ({})",
                    unreadable.getClass().getSimpleName());
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                    "the issuer's access token could not be read", null), unreadable);
        }
    }

    /** A user signed in at the issuer, named by their Jejak id (the actor their reads are logged under). */
    static final class ConsoleUser extends DefaultOidcUser implements SignedInUser {

        private final JejakUser user;

        ConsoleUser(JejakUser user, OidcIdToken idToken) {
            super(user.authorities(), idToken);
            this.user = user;
        }

        @Override
        public JejakUser user() {
            return user;
        }

        @Override
        public String getName() {
            return user.id();
        }
    }
}
