/**
 * Double opt-in introductions: a member proposes that two others should talk, and nothing is
 * shared until both said yes. Who declined is never told to anyone.
 */
package org.givefirst.domain.introduction;
