package id.jejak.platform.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;


/** A request authenticated by an issuer's token, with the user the token's claims describe. */
public class JejakAuthenticationToken extends AbstractAuthenticationToken {

    private final JejakUser user;
    private final transient Jwt token;

    public JejakAuthenticationToken(JejakUser user, Jwt token) {
        super(user.authorities());
        this.user = user;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public JejakUser getPrincipal() {
        return user;
    }

    /** The token itself; never logged. */
    @Override
    public Jwt getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return user.id();
    }
}
