package org.givefirst.ejb.member;

/**
 * What a person types to sign up. Raw: the service cleans and checks every field.
 * {@link #toString()} never shows the password.
 */
public record Registration(String displayName, String email, String password, boolean guidelinesAccepted) {

    @Override
    public String toString() {
        return "Registration[" + email + "]";
    }
}
