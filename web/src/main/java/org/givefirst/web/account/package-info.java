/** Backing beans of the account pages: sign up, sign in, sign out. */
package org.givefirst.web.account;
