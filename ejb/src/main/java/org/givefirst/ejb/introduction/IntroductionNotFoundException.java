package org.givefirst.ejb.introduction;

import org.givefirst.domain.shared.NotFoundException;

/** No such introduction — or not one the acting member is part of, which is answered the same way. */
public class IntroductionNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public IntroductionNotFoundException() {
        super("error.introduction.notFound");
    }
}
