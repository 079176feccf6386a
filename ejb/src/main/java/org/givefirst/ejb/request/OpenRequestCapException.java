package org.givefirst.ejb.request;

import org.givefirst.domain.shared.BusinessException;

/** The member already has as many open requests as the community allows. */
public class OpenRequestCapException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OpenRequestCapException() {
        super("error.request.cap");
    }
}
