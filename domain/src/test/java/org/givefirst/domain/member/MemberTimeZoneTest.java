package org.givefirst.domain.member;

import org.givefirst.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MemberTimeZoneTest {

    private static Member ana() {
        return new Member(EmailAddress.of("ana@example.org"), "Ana", "hash", Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void aNewMemberReadsTimesInUtc() {
        assertThat(ana().getTimeZone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void theProfileChangesTheTimeZoneAndANullOneKeepsIt() {
        Member member = ana();
        member.updateProfile(new ProfileDetails("Ana", null, null, null, List.of(), " America/Sao_Paulo "));
        assertThat(member.getTimeZone()).isEqualTo(ZoneId.of("America/Sao_Paulo"));

        member.updateProfile(new ProfileDetails("Ana Silva", null, null, null, List.of()));
        assertThat(member.getTimeZone()).isEqualTo(ZoneId.of("America/Sao_Paulo"));
        assertThat(member.getDisplayName()).isEqualTo("Ana Silva");
    }

    @Test
    void unknownZonesAndBareOffsetsAreRefusedAndNothingChanges() {
        Member member = ana();
        for (String bad : new String[] {"Mars/Olympus_Mons", "+02:00", "GMT+2", "europe/paris", "", "x".repeat(61)}) {
            assertThatThrownBy(() -> member.updateProfile(new ProfileDetails("Changed", null, null, null, List.of(), bad)))
                    .as(bad)
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.getField()).contains("timeZone");
                        assertThat(e.getMessageKey()).isEqualTo("validation.timeZone.unknown");
                    });
        }
        assertThat(member.getDisplayName()).isEqualTo("Ana");
        assertThat(member.getTimeZone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void everyZoneJavaKnowsByNameIsAccepted() {
        ZoneId.getAvailableZoneIds().forEach(id -> assertThat(Member.checkTimeZone(id)).isEqualTo(ZoneId.of(id)));
    }
}
