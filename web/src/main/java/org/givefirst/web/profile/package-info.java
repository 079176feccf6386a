/** Backing beans of profiles: a member's profile page, and the signed-in member's profile editor. */
package org.givefirst.web.profile;
