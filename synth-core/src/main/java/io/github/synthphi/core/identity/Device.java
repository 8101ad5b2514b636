package io.github.synthphi.core.identity;

import io.github.synthphi.core.truth.SafeHarbor;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The device that made a study, with a GS1 unique device identifier.
 *
 * <p>The UDI is in GS1 human-readable form: {@code (01)} and a GTIN-14 with a valid check digit, {@code (11)}
 * and the manufacture date {@code YYMMDD}, {@code (21)} and the serial number. Every GTIN starts {@code
 * 0952}: indicator 0 and the GS1 prefix 952, which GS1 keeps for demonstrations and examples, so no real
 * product has it.
 *
 * <pre>{@code
 * Device d = identities.device();
 * String station = d.stationName();   // Station Name (0008,1010), such as "KQV25082"
 * String udi = d.udi();               // "(01)09521619679360(11)131129(21)VZR722106"
 * }</pre>
 *
 * @param stationName the station name, 3 letters and 5 digits (VR SH, at most 16)
 * @param serialNumber Device Serial Number (0018,1000), 3 letters and 6 digits
 * @param gtin the GTIN-14 of the device model, the device identifier of the UDI
 * @param manufactureDate the date the device was made, before any study date
 * @param udi Unique Device Identifier (0018,1009): the GS1 string of the three above
 */
public record Device(String stationName, String serialNumber, String gtin, LocalDate manufactureDate, String udi) {

    public Device {
        Objects.requireNonNull(stationName, "stationName");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(gtin, "gtin");
        Objects.requireNonNull(manufactureDate, "manufactureDate");
        Objects.requireNonNull(udi, "udi");
    }

    /** The station name, serial number and UDI (M), under {@code device}, sorted. */
    public List<IdentifyingValue> identifyingValues() {
        return new ValueList()
                .add("device.stationName", SafeHarbor.DEVICE_IDENTIFIERS, stationName)
                .add("device.serialNumber", SafeHarbor.DEVICE_IDENTIFIERS, serialNumber)
                .add("device.udi", SafeHarbor.DEVICE_IDENTIFIERS, udi)
                .toList();
    }
}
