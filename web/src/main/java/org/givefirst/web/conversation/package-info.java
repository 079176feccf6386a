/** Private threads: the list, one thread, writing a message. */
package org.givefirst.web.conversation;
