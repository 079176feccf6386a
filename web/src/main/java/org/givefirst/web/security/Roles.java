package org.givefirst.web.security;

import org.givefirst.domain.member.Role;

import java.util.Set;

/** The roles of GiveFirst's web tier, and the groups a member's {@link Role} puts them in. */
public final class Roles {

    /** Every signed-in member. */
    public static final String MEMBER = "member";

    /** Members who work the reports: the pages under /moderation. Administrators are moderators too. */
    public static final String MODERATOR = "moderator";

    /** Members who run the community: the pages under /admin. */
    public static final String ADMINISTRATOR = "administrator";

    private Roles() {
    }

    /** The groups (each granting the role of its name, glassfish-web.xml) of a member with this role. */
    public static Set<String> groupsOf(Role role) {
        return switch (role) {
            case MEMBER -> Set.of(MEMBER);
            case MODERATOR -> Set.of(MEMBER, MODERATOR);
            case ADMINISTRATOR -> Set.of(MEMBER, MODERATOR, ADMINISTRATOR);
        };
    }
}
