package org.givefirst.domain.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTest {

    @Test
    void keepsSignificantWordsLowerCaseInOrder() {
        assertThat(Words.significant("Reference for a Senior Data Engineer role at a Bank"))
                .containsExactly("reference", "senior", "data", "engineer", "role", "bank");
    }

    @Test
    void ignoresFillerWords() {
        assertThat(Words.significant("I am looking for someone who can help me with the move, and I need it this month"))
                .containsExactly("move");
        assertThat(Words.significant("The AND For With Help Looking")).isEmpty();
    }

    @Test
    void ignoresWordsShorterThanThreeLetters() {
        assertThat(Words.significant("an ux ai ml go to be of in")).isEmpty();
        assertThat(Words.significant("sql api")).containsExactly("sql", "api");
    }

    @Test
    void splitsOnPunctuationAndKeepsProgrammingNames() {
        assertThat(Words.significant("Kotlin/Java, C++ & c#; (spring-boot) node.js!"))
                .containsExactly("kotlin", "java", "c++", "spring", "boot", "node");
    }

    @Test
    void countsLettersOfAnyScriptAndDigits() {
        assertThat(Words.significant("Données bancaires 数据工程 2026 Zoë")).containsExactly("données", "bancaires", "数据工程", "2026", "zoë");
    }

    @Test
    void eachWordOnce() {
        assertThat(Words.significant("Java java JAVA backend Backend")).containsExactly("java", "backend");
    }

    @Test
    void nothingFromNothing() {
        assertThat(Words.significant(null)).isEmpty();
        assertThat(Words.significant("")).isEmpty();
        assertThat(Words.significant("  ,;  ")).isEmpty();
    }
}
