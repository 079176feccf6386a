package org.givefirst.ejb.member;

import org.givefirst.domain.shared.NotFoundException;

/** No member has this id (or no longer has). */
public class MemberNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public MemberNotFoundException() {
        super("error.member.notFound");
    }
}
