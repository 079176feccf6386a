/** What the use cases of every feature share: how they answer "not found" and learn the time. */
package org.givefirst.ejb.shared;
