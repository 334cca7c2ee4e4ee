package io.mynumberlineage.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssessmentKeysTest {

    @Test
    void aKeyIsIssuerNumberAndProcess() {
        assertThat(AssessmentKeys.of("架空市", "12", "住民基本台帳に関する事務", "ab")).isEqualTo("架空市/12/住民基本台帳に関する事務");
        assertThat(AssessmentKeys.of("架空市", null, "住民基本台帳に関する事務", "ab")).isEqualTo("架空市/-/住民基本台帳に関する事務");
    }

    @Test
    void documentsWithoutIssuerOrProcessAreTheirOwnAssessment() {
        String first = AssessmentKeys.of(null, "1", "住民基本台帳に関する事務", "aaaa");
        String second = AssessmentKeys.of(" ", "1", "住民基本台帳に関する事務", "bbbb");
        assertThat(first).isEqualTo("source:aaaa").isNotEqualTo(second);
        assertThat(AssessmentKeys.of("架空市", "1", null, "cccc")).isEqualTo("source:cccc");
    }
}
