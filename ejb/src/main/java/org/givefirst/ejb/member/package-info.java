/**
 * Account use cases: signing up, checking a password for sign-in, reading and changing a profile.
 * Every method that changes a profile receives the acting member and checks it is theirs.
 */
package org.givefirst.ejb.member;
