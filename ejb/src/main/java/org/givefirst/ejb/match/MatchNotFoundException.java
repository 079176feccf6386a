package org.givefirst.ejb.match;

import org.givefirst.domain.shared.NotFoundException;

/** No such match — or not one of the acting member's, which is answered the same way. */
public class MatchNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public MatchNotFoundException() {
        super("error.match.notFound");
    }
}
