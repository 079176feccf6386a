package org.givefirst.domain.member;

import org.givefirst.domain.shared.Tag;

import java.io.Serializable;
import java.util.List;

/** What a member can say about themselves on their profile, as one change. */
public record ProfileDetails(String displayName, String headline, String bio, String location,
                             List<Tag> skills) implements Serializable {

    public ProfileDetails {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }
}
