package io.github.synthphi.core.study.iod;

import io.github.synthphi.core.dicom.Uids;

/** The modules of the Secondary Capture image: SC Equipment and SC Image, for a scanned paper document. */
final class SecondaryCaptureModules {

    private SecondaryCaptureModules() {
    }

    /** PS3.3 C.8.6.1: Conversion Type SD (scanned document); the capture device is synth. */
    static void scEquipment(Attributes a, TechnicalParameters p) {
        a.text("ConversionType", "SD")
                .text("SecondaryCaptureDeviceManufacturer", CommonModules.MANUFACTURER)
                .text("SecondaryCaptureDeviceManufacturerModelName", "SYNTH SC PHANTOM")
                .text("SecondaryCaptureDeviceSoftwareVersions", Uids.IMPLEMENTATION_VERSION_NAME);
    }

    /** PS3.3 C.8.6.2: the capture time is the content time. */
    static void scImage(Attributes a, TechnicalParameters p) {
        a.text("DateOfSecondaryCapture", Timestamps.da(p.times().content()))
                .text("TimeOfSecondaryCapture", Timestamps.tm(p.times().content()));
    }
}
