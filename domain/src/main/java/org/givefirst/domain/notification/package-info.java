/** In-app notifications: what a member should hear about (a new proposal, thanks received, …). */
package org.givefirst.domain.notification;
