/** What a profile and the dashboard show about giving: given and received side by side, by kind. */
package org.givefirst.ejb.profile;
