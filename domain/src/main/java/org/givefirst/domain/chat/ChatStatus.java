package org.givefirst.domain.chat;

/**
 * SLOTS_OFFERED → SCHEDULED when the requester picks a time; SCHEDULED → SLOTS_OFFERED again when
 * either party reschedules (then with no times until the giver offers new ones); CANCELLED by
 * either party, from which the giver may start afresh by offering times.
 */
public enum ChatStatus {
    SLOTS_OFFERED,
    SCHEDULED,
    CANCELLED
}
