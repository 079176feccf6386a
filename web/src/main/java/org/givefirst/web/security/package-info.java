/**
 * Jakarta Security for GiveFirst: how a member signs in (the authentication mechanism), who they are
 * (the identity store over members) and who is signed in now (CurrentMember). Security headers too.
 */
package org.givefirst.web.security;
