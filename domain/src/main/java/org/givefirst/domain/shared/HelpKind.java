package org.givefirst.domain.shared;

/**
 * The ways members give. Offers, help requests and matches each have one; a request is matched
 * only with offers of the same kind. Names and one-line explanations are in the resource bundle
 * under {@code kind.<NAME>.name} and {@code kind.<NAME>.hint}.
 */
public enum HelpKind {
    INTRODUCTION,
    REFERENCE,
    RECOMMENDATION,
    CHAT,
    JOB_SEARCH_HELP,
    ADVICE;

    /** Whether giving means writing a text the receiver reads (a reference or a recommendation). */
    public boolean isWritten() {
        return this == REFERENCE || this == RECOMMENDATION;
    }
}
