package io.github.synthphi.core.phi;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.identity.Patient;
import io.github.synthphi.core.identity.Sex;
import io.github.synthphi.core.study.iod.PhiAttribute;
import io.github.synthphi.core.study.iod.Timestamps;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.SafeHarbor;
import io.github.synthphi.core.truth.TagPath;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Plants dates, times and date-times that agree with each other: the birth before the study; series,
 * acquisition, content and procedure step on the study day and in order; calibration some days before; and a
 * patient's later studies later (the identity's study dates already are). Every value is recorded as
 * {@code date_shifted}.
 */
final class DatePlanter {

    private static final DateTimeFormatter BIRTH_TIME = DateTimeFormatter.ofPattern("HHmmss", Locale.ROOT);

    private DatePlanter() {
    }

    static void plant(Dataset ds, PlantContext ctx, Plantings out) {
        Timestamps t = ctx.times();
        Patient p = ctx.identities().patient();
        LocalDate studyDay = t.study().toLocalDate();
        Set<Tag> inIod = tags(ctx);
        date(ds, Tags.PatientBirthDate, p.birthDate().format(DateTimeFormatter.BASIC_ISO_DATE), out);
        time(ds, Tags.PatientBirthTime, p.birthTime().format(BIRTH_TIME), out);
        pair(ds, Tags.StudyDate, Tags.StudyTime, t.study(), out);
        pair(ds, Tags.SeriesDate, Tags.SeriesTime, t.series(), out);
        pair(ds, Tags.AcquisitionDate, Tags.AcquisitionTime, t.acquisition(), out);
        pair(ds, Tags.ContentDate, Tags.ContentTime, t.content(), out);
        dateTime(ds, Tags.AcquisitionDateTime, t.acquisition(), out);
        pair(ds, Tags.InstanceCreationDate, Tags.InstanceCreationTime, t.content().plusSeconds(2), out);
        pair(ds, Tags.PerformedProcedureStepStartDate, Tags.PerformedProcedureStepStartTime, t.study(), out);
        pair(ds, Tags.PerformedProcedureStepEndDate, Tags.PerformedProcedureStepEndTime,
                t.study().plusMinutes(25), out);
        LocalDateTime calibration = studyDay.minusDays(3 + Math.floorMod(ctx.seed(), 40)).atTime(7, 30);
        pair(ds, Tags.DateOfLastCalibration, Tags.TimeOfLastCalibration, calibration, out);
        if (inIod.contains(Tags.DateOfLastDetectorCalibration)) {
            pair(ds, Tags.DateOfLastDetectorCalibration, Tags.TimeOfLastDetectorCalibration, calibration, out);
        }
        if (inIod.contains(Tags.DateOfSecondaryCapture)) {
            pair(ds, Tags.DateOfSecondaryCapture, Tags.TimeOfSecondaryCapture, t.content(), out);
        }
        dateTime(ds, Tags.SOPAuthorizationDateTime, t.content().plusHours(2), out);
        if (p.sex() == Sex.FEMALE && studyDay.getYear() - p.birthDate().getYear() < 50) {
            date(ds, Tags.LastMenstrualDate, studyDay.minusDays(17).format(DateTimeFormatter.BASIC_ISO_DATE), out);
        }
    }

    private static Set<Tag> tags(PlantContext ctx) {
        java.util.Set<Tag> tags = new java.util.HashSet<>();
        for (PhiAttribute a : ctx.phiAttributes()) {
            tags.add(a.tag());
        }
        return tags;
    }

    private static void pair(Dataset ds, Tag date, Tag time, LocalDateTime value, Plantings out) {
        date(ds, date, Timestamps.da(value), out);
        time(ds, time, Timestamps.tm(value), out);
    }

    private static void date(Dataset ds, Tag tag, String value, Plantings out) {
        record(ds, tag, Vr.DA, value, out);
    }

    private static void time(Dataset ds, Tag tag, String value, Plantings out) {
        record(ds, tag, Vr.TM, value, out);
    }

    private static void dateTime(Dataset ds, Tag tag, LocalDateTime value, Plantings out) {
        record(ds, tag, Vr.DT, Timestamps.dt(value), out);
    }

    private static void record(Dataset ds, Tag tag, Vr vr, String value, Plantings out) {
        ds.setString(tag, vr, value);
        out.phi(TagPath.of(tag), vr, value, Action.DATE_SHIFTED, value, Optional.of(SafeHarbor.DATES),
                PlantingLocation.DATES, "");
    }
}
