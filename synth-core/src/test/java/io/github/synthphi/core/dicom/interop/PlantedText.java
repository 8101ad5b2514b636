package io.github.synthphi.core.dicom.interop;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The text of the planted identifiers in one character repertoire. */
enum PlantedText {
    LATIN_1("ISO_IR 100", StandardCharsets.ISO_8859_1, "Müller^Anna", "Weiß^Jürgen^^Dr.",
            "CT THORAX Müller Köln", "Hauptstraße 1, Köln", "Ärztin"),
    UTF_8("ISO_IR 192", StandardCharsets.UTF_8, "Ødegård^Zoë=山田^花子", "Παπαδόπουλος^Νίκος",
            "Контроль Ødegård 山田", "東京都 1-2-3", "Ärztin 医師");

    final String term;
    final Charset charset;
    final String patientName;
    final String physicianName;
    final String description;
    final String address;
    final String codeMeaning;

    PlantedText(String term, Charset charset, String patientName, String physicianName, String description,
                String address, String codeMeaning) {
        this.term = term;
        this.charset = charset;
        this.patientName = patientName;
        this.physicianName = physicianName;
        this.description = description;
        this.address = address;
        this.codeMeaning = codeMeaning;
    }
}
