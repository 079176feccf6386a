package org.givefirst.domain.introduction;

/** PENDING until both people agreed (ACCEPTED), one declined (DECLINED) or time ran out (EXPIRED). */
public enum IntroductionStatus {
    PENDING,
    ACCEPTED,
    DECLINED,
    EXPIRED
}
