/** Backing beans of the bell and the notification list. */
package org.givefirst.web.notification;
