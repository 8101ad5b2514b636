package io.github.synthphi.core.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.dicom.ConfidentialityProfile.Option;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rows checked by hand in the standard tables' README. */
class ConfidentialityProfileTest {

    private final ConfidentialityProfile profile = ConfidentialityProfile.standard();

    @Test
    void basicActionsOfRowsCheckedByHand() {
        assertThat(profile.basicAction(Tags.PatientName)).contains("Z");
        assertThat(profile.basicAction(Tags.AccessionNumber)).contains("Z");
        assertThat(profile.basicAction(Tags.StudyInstanceUID)).contains("U");
        assertThat(profile.basicAction(Tags.InstitutionName)).contains("X/Z/D");
        assertThat(profile.basicAction(Tags.PatientBirthDate)).contains("Z");
        assertThat(profile.basicAction(Tags.Rows)).isEmpty();
    }

    @Test
    void optionsChangeTheAction() {
        assertThat(profile.action(Tags.StudyInstanceUID, List.of(Option.RETAIN_UIDS))).contains("K");
        assertThat(profile.action(Tags.InstitutionName, List.of(Option.RETAIN_INSTITUTION_IDENTITY))).contains("K");
        assertThat(profile.action(Tags.StudyDate, List.of(Option.RETAIN_LONGITUDINAL_FULL_DATES))).contains("K");
        assertThat(profile.action(Tags.StudyDate, List.of(Option.RETAIN_LONGITUDINAL_MODIFIED_DATES))).contains("C");
        assertThat(profile.action(Tags.PatientSex, List.of(Option.RETAIN_PATIENT_CHARACTERISTICS))).contains("K");
        assertThat(profile.action(Tags.PatientName, List.of(Option.values()))).contains("Z");
    }

    @Test
    void repeatingGroupsAndPrivateTags() {
        assertThat(profile.basicAction(Tag.of(0x6002, 0x3000))).contains("X");
        assertThat(profile.basicAction(Tag.of(0x0019, 0x1010))).contains("X");
        assertThat(profile.action(Tag.of(0x0019, 0x1010), List.of(Option.RETAIN_SAFE_PRIVATE))).contains("C");
    }
}
