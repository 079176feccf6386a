/** In-app notifications: written by the use cases, read under the bell. */
package org.givefirst.ejb.notification;
