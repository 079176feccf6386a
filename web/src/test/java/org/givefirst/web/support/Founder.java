package org.givefirst.web.support;

import org.givefirst.ejb.member.AccountService;
import org.givefirst.ejb.member.Registration;
import org.givefirst.ejb.member.SignedInMember;

import java.util.Optional;

/**
 * The tests' first administrator: the one email listed in {@code givefirst.administrators}
 * (arquillian.xml), signed up on first use. On MariaDB every test class shares one database, so
 * they all sign in the same founder with the same password.
 */
public final class Founder {

    public static final String EMAIL = "founder@admin.givefirst.invalid";
    public static final String NAME = "Fran Founder";
    public static final String PASSWORD = "a long and quiet river";

    private Founder() {
    }

    /** The founder's id, inside the server; an administrator from this sign-in on. */
    public static long signIn(AccountService accounts) {
        Optional<SignedInMember> signedIn = accounts.authenticate(EMAIL, PASSWORD);
        if (signedIn.isEmpty()) {
            accounts.register(new Registration(NAME, EMAIL, PASSWORD, true));
            signedIn = accounts.authenticate(EMAIL, PASSWORD);
        }
        return signedIn.orElseThrow().id();
    }
}
