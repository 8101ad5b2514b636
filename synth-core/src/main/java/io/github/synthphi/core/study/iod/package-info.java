/**
 * Valid DICOM headers for each modality synth generates, before identities are planted: one template per IOD
 * (Ultrasound Multi-frame Image, Ultrasound Image, CT Image, MR Image, Computed Radiography Image, Digital X-Ray
 * and Digital Mammography X-Ray Image For Presentation, Secondary Capture Image) that writes every Type 1 and
 * Type 2 attribute of its modules from {@link io.github.synthphi.core.study.iod.TechnicalParameters}, and the list
 * of identity-bearing attributes that planting fills.
 *
 * <pre>{@code
 * TechnicalParameters p = TechnicalParameters.builder(Modality.US_CINE, InstanceUids.derive(seed, "us/1/1"),
 *         Timestamps.at(when)).frames(32).ultrasoundRegion(UltrasoundRegion.of(dataBox)).build();
 * IodTemplate template = IodTemplate.of(Modality.US_CINE);
 * Dataset ds = template.dataset(p);                       // no Pixel Data yet
 * for (PhiAttribute a : template.phiAttributes()) { ... } // what planting may fill
 * }</pre>
 */
package io.github.synthphi.core.study.iod;
