package io.mynumberlineage.pia.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DepartmentHeadsTest {

    @Test
    void titleWithoutThePersonsName() {
        assertThat(DepartmentHeads.title("住民福祉課長 森田一郎")).isEqualTo("住民福祉課長");
        assertThat(DepartmentHeads.title("こども給付課長")).isEqualTo("こども給付課長");
        assertThat(DepartmentHeads.title("事務局長")).isEqualTo("事務局長");
    }

    @Test
    void aNameAloneIsNoTitle() {
        assertThat(DepartmentHeads.title("森田 一郎")).isNull();
        assertThat(DepartmentHeads.title("")).isNull();
    }
}
