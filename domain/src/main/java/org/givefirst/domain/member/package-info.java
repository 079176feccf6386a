/**
 * Members and their accounts: who they are (email, display name, profile, skills) and the rules of
 * sign-up (email normalisation, password policy). No service or web code lives here.
 */
package org.givefirst.domain.member;
