/** The member directory: finding a member by name. */
package org.givefirst.web.member;
