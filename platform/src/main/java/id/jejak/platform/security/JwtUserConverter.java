package id.jejak.platform.security;

import id.jejak.kernel.InvalidValueException;
import id.jejak.kernel.civilservant.Nip;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.util.StringUtils;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the user from an issuer's token: their id, their one Jejak role, their NIP and the units they act for, each
 * from a configurable claim ({@code jejak.security.jwt.*}). A token that names no Jejak role, or more than one, or an
 * employee without a valid NIP, is refused as invalid (401): guessing would grant more or less than the issuer meant.
 */
public class JwtUserConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final JejakSecurityProperties.Jwt claims;

    public JwtUserConverter(JejakSecurityProperties.Jwt claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return new JejakAuthenticationToken(user(jwt.getClaims()), jwt);
    }

    JejakUser user(Map<String, Object> token) {
        String id = text(claim(token, claims.userIdClaim()));
        if (!StringUtils.hasText(id)) {
            id = text(token.get("sub"));
        }
        if (!StringUtils.hasText(id)) {
            throw new InvalidBearerTokenException("the token names no user");
        }
        Set<Role> roles = strings(claim(token, claims.rolesClaim())).stream()
                .map(Role::named).flatMap(java.util.Optional::stream)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (roles.size() != 1) {
            throw new InvalidBearerTokenException("the token must carry exactly one Jejak role, it carries "
                    + roles.size());
        }
        Role role = roles.iterator().next();
        String nip = text(claim(token, claims.nipClaim()));
        if (nip != null) {
            try {
                nip = Nip.of(nip.trim()).value();
            } catch (InvalidValueException invalid) {
                throw new InvalidBearerTokenException("the token's NIP is not a valid NIP");
            }
        }
        if (role == Role.EMPLOYEE && nip == null) {
            throw new InvalidBearerTokenException("an employee's token must carry their NIP");
        }
        return new JejakUser(id.trim(), role, nip, Set.copyOf(strings(claim(token, claims.unitsClaim()))));
    }

    /** A claim by name, or by a dotted path into nested claims. */
    private static Object claim(Map<String, Object> token, String name) {
        if (token.containsKey(name)) {
            return token.get(name);
        }
        Object value = token;
        for (String part : name.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(part);
        }
        return value;
    }

    /** A list claim as it is; a text claim as one value (a unit's name may itself hold a comma). */
    private static List<String> strings(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(JwtUserConverter::text).filter(StringUtils::hasText).map(String::trim).toList();
        }
        String text = text(value);
        return StringUtils.hasText(text) ? List.of(text.trim()) : List.of();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
