package org.givefirst.ejb.member;

import org.givefirst.domain.shared.BusinessException;

/** No member has this id (or no longer has). */
public class MemberNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public MemberNotFoundException() {
        super("error.member.notFound");
    }
}
