package io.github.synthphi.core.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.study.NaturalOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindingOrderTest {

    private static Finding at(String location) {
        return new Finding(Finding.Kind.CHECK_FAILED, Optional.empty(), "f.dcm", "1.2", location, "", "", "", "", "",
                "");
    }

    @Test
    void boxesSortByTheirNumbersNotTheirText() {
        List<Finding> findings = new ArrayList<>(List.of(at("frames 0 (4,27,107,10)"), at("frames 0 (4,7,107,10)"),
                at("frames 0 (40,7,107,10)"), at("<(0010,0010)>")));
        findings.sort(Finding.ORDER);
        assertThat(findings).extracting(Finding::location).containsExactly("<(0010,0010)>", "frames 0 (4,7,107,10)",
                "frames 0 (4,27,107,10)", "frames 0 (40,7,107,10)");
        assertThat(NaturalOrder.compare("a007", "a7")).isZero();
        assertThat(Finding.ORDER.compare(at("a007"), at("a7"))).as("ties broken by text").isNotZero();
    }
}
