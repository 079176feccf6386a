package org.givefirst.domain.member;

/** The details of a profile whose visibility a member chooses; the name is always shown. */
public enum ProfileField {
    HEADLINE,
    LOCATION,
    BIO,
    SKILLS
}
