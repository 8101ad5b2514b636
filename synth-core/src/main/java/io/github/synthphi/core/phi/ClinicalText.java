package io.github.synthphi.core.phi;

import io.github.synthphi.core.study.Modality;

/**
 * Clinical words per modality for descriptions: text a good de-identifier must keep (Clean Descriptors keeps
 * meaning) while it removes the PHI mixed into it. None of these words is a name, a number or a date.
 *
 * @param study a Study Description
 * @param series a Series Description
 * @param protocol a Protocol Name
 * @param history an Additional Patient History
 * @param comment an Image Comments finding
 * @param procedure a Requested Procedure Description
 * @param reason a Reason for the Requested Procedure
 * @param labels clinical labels burned into the pixels, which must survive
 */
record ClinicalText(String study, String series, String protocol, String history, String comment, String procedure,
                    String reason, java.util.List<String> labels) {

    static ClinicalText of(Modality modality) {
        switch (modality) {
            case US_CINE:
            case US:
                return new ClinicalText("US LUNG POINT OF CARE", "LUNG ZONE SEVEN B-MODE", "LUNG POCUS EIGHT ZONE",
                        "Shortness of breath, suspected effusion", "Pleural line smooth, A-lines present",
                        "Lung ultrasound bedside", "Dyspnea", java.util.List.of("B-MODE", "LEFT", "C5-2 4.0MHz"));
            case CT:
                return new ClinicalText("CT CHEST WITHOUT CONTRAST", "AXIAL SOFT TISSUE", "CHEST ROUTINE",
                        "Chronic cough, former smoker", "No pulmonary nodule, mediastinum normal",
                        "CT chest low dose", "Persistent cough", java.util.List.of("AXIAL", "W400 L40"));
            case MR:
                return new ClinicalText("MR BRAIN WITHOUT CONTRAST", "AXIAL T2 FSE", "BRAIN ROUTINE",
                        "Recurrent headache, no trauma", "No acute infarct, ventricles normal",
                        "MRI brain routine", "Headache", java.util.List.of("AX T2", "SE"));
            case MG:
                return new ClinicalText("MG SCREENING BILATERAL", "LEFT CRANIOCAUDAL", "SCREENING MAMMOGRAPHY",
                        "Routine screening, no symptoms", "Scattered fibroglandular density",
                        "Screening mammogram", "Screening", java.util.List.of("L CC", "LEFT"));
            case SC:
                return new ClinicalText("SCANNED REQUEST FORM", "DOCUMENT SCAN", "DOCUMENT CAPTURE",
                        "Request form attached", "Form legible, signed", "Document scan",
                        "Administrative", java.util.List.of("SCAN", "PAGE"));
            default: // CR, DX
                return new ClinicalText("XR CHEST TWO VIEWS", "CHEST PA", "CHEST PA UPRIGHT",
                        "Fever and productive cough", "Lungs clear, heart size normal",
                        "Chest radiograph", "Fever", java.util.List.of("PA", "ERECT", "R"));
        }
    }
}
