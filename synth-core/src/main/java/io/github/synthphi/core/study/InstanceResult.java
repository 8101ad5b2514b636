package io.github.synthphi.core.study;

import io.github.synthphi.core.midi.MidiInstance;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.ManifestEntry;
import io.github.synthphi.core.truth.PhiOverlay;
import java.util.List;
import java.util.Optional;

/**
 * What generating one instance gave.
 *
 * @param file the file written, relative to the fixture folder; empty when quarantined
 * @param entries its answer-key entries
 * @param overlays its burned lines
 * @param manifest its manifest row
 * @param bytes the file's size
 * @param midiInstance the identifiers of the instance written, for the MIDI answer key; empty when quarantined
 */
record InstanceResult(Optional<String> file, List<AnswerKeyEntry> entries, List<PhiOverlay> overlays,
                      ManifestEntry manifest, long bytes, Optional<MidiInstance> midiInstance) {

    /** The result of an instance not written. */
    InstanceResult(Optional<String> file, List<AnswerKeyEntry> entries, List<PhiOverlay> overlays,
                   ManifestEntry manifest, long bytes) {
        this(file, entries, overlays, manifest, bytes, Optional.empty());
    }
}
