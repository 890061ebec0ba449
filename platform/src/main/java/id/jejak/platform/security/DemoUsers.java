package id.jejak.platform.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo users of the embedded default run, one per role (two approving officials, so that four eyes can be
 * shown, and an HR officer bound to one unit). Their password is {@value #PASSWORD}, written in README; it is hashed
 * when the side starts, so no hash is kept in the sources either. {@link SecurityModeGuard} keeps them out of every
 * other run.
 */
public final class DemoUsers implements UserDetailsService {

    public static final String PASSWORD = "demo";
    /** The NIP of the demo employee: the civil servant README's examples register. */
    public static final String EMPLOYEE_NIP = "198609262015051001";

    /** The users, by name, as README's table lists them. */
    public static final List<JejakUser> USERS = List.of(
            new JejakUser("hr", Role.HR_OFFICER, null, Set.of(JejakUser.WHOLE_AGENCY)),
            new JejakUser("hr.dinkes", Role.HR_OFFICER, null, Set.of("Dinas Kesehatan")),
            new JejakUser("approver", Role.APPROVING_OFFICIAL, null, Set.of(JejakUser.WHOLE_AGENCY)),
            new JejakUser("approver2", Role.APPROVING_OFFICIAL, null, Set.of(JejakUser.WHOLE_AGENCY)),
            new JejakUser("auditor", Role.AUDITOR, null, Set.of()),
            new JejakUser("inspector", Role.INSPECTOR, null, Set.of()),
            new JejakUser("employee", Role.EMPLOYEE, EMPLOYEE_NIP, Set.of()),
            new JejakUser("admin", Role.ADMIN, null, Set.of()));

    private final Map<String, String> hashes = new LinkedHashMap<>();

    /** @param passwordCost BCrypt's log rounds; 10, BCrypt's own default, unless a test lowers it */
    public DemoUsers(int passwordCost) {
        PasswordEncoder hashing = encoder(passwordCost);
        USERS.forEach(user -> hashes.put(user.id(), hashing.encode(PASSWORD)));
    }

    /**
     * Spring Security's default encoder (a {@link DelegatingPasswordEncoder} hashing with BCrypt), with the cost
     * configurable; it checks any hash it knows by the hash's own {@code {id}} prefix and cost.
     */
    public static PasswordEncoder encoder(int passwordCost) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(passwordCost)));
    }

    /** A fresh copy each time: Spring Security erases the password of what it authenticated. */
    @Override
    public UserDetails loadUserByUsername(String username) {
        return USERS.stream().filter(user -> user.id().equals(username)).findFirst()
                .map(user -> new DemoUser(user, hashes.get(user.id())))
                .orElseThrow(() -> new UsernameNotFoundException("no such demo user"));
    }

    /** A demo user as Spring Security's password check needs it. */
    public static final class DemoUser
            implements UserDetails, org.springframework.security.core.CredentialsContainer, SignedInUser {

        private final JejakUser user;
        private String passwordHash;

        DemoUser(JejakUser user, String passwordHash) {
            this.user = user;
            this.passwordHash = passwordHash;
        }

        @Override
        public JejakUser user() {
            return user;
        }

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return user.authorities();
        }

        @Override
        public String getPassword() {
            return passwordHash;
        }

        @Override
        public String getUsername() {
            return user.id();
        }

        @Override
        public void eraseCredentials() {
            passwordHash = null;
        }

        @Override
        public String toString() {
            return "DemoUser[" + user.id() + "]";
        }
    }
}
