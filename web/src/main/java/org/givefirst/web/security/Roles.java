package org.givefirst.web.security;

/** The roles of GiveFirst's web tier. */
public final class Roles {

    /** Every signed-in member. */
    public static final String MEMBER = "member";

    private Roles() {
    }
}
