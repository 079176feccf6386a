package org.givefirst.domain.member;

import org.givefirst.domain.shared.Tag;

import java.io.Serializable;
import java.util.List;

/**
 * What a member can say about themselves on their profile, as one change. A null time zone keeps
 * the member's current one.
 */
public record ProfileDetails(String displayName, String headline, String bio, String location,
                             List<Tag> skills, String timeZone) implements Serializable {

    public ProfileDetails {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    /** A change that leaves the time zone as it is. */
    public ProfileDetails(String displayName, String headline, String bio, String location, List<Tag> skills) {
        this(displayName, headline, bio, location, skills, null);
    }
}
