"""Writes DICOM files with pydicom for synth's interoperability tests to read.

Usage: python3 pydicom_write.py OUTPUT_DIR

Writes a multi-frame grayscale word Secondary Capture image with Latin-1 or UTF-8 text, nested sequences,
a private block and 16-bit pixels (12 stored), in several transfer syntaxes, and prints the name of each
file written, one a line. Written for pydicom 2.x (Debian 12 ships 2.3), whose Dataset.is_little_endian and
is_implicit_VR choose the encoding.
"""
import os
import sys

import numpy as np
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.sequence import Sequence
from pydicom.uid import (DeflatedExplicitVRLittleEndian, ExplicitVRBigEndian, ExplicitVRLittleEndian,
                         ImplicitVRLittleEndian)

SOP_CLASS = "1.2.840.10008.5.1.4.1.1.7.3"  # Multi-frame Grayscale Word Secondary Capture Image Storage
ROWS, COLUMNS, FRAMES = 6, 5, 3

TEXTS = {
    "latin1": ("ISO_IR 100", "Müller^Anna", "Weiß^Jürgen^^Dr.", "Kontrolle Köln", "Ärztin"),
    "utf8": ("ISO_IR 192", "Ødegård^Zoë=山田^花子", "Παπαδόπουλος^Νίκος", "Контроль 山田", "Ärztin 医師"),
}

SYNTAXES = {
    "explicit-le": (ExplicitVRLittleEndian, True, False),
    "implicit-le": (ImplicitVRLittleEndian, True, True),
    "explicit-be": (ExplicitVRBigEndian, False, False),
    "deflated": (DeflatedExplicitVRLittleEndian, True, False),
}


def pixels():
    """12-bit values that differ in every frame, row and column."""
    values = (np.arange(FRAMES * ROWS * COLUMNS, dtype=np.uint32) * 37 + 5) % 4096
    return values.astype(np.uint16).reshape(FRAMES, ROWS, COLUMNS)


def dataset(texts, index):
    charset, patient, physician, description, meaning = texts
    ds = Dataset()
    ds.SpecificCharacterSet = charset
    ds.ImageType = ["DERIVED", "SECONDARY"]
    ds.SOPClassUID = SOP_CLASS
    ds.SOPInstanceUID = "2.25.%d" % (329800735698586629295641978511506172918 + index)
    ds.StudyDate = "20240131"
    ds.StudyTime = "101500"
    ds.Modality = "OT"
    ds.ConversionType = "WSD"
    ds.ReferringPhysicianName = physician
    ds.StudyDescription = description
    code = Dataset()
    code.CodeValue = "121"
    code.CodingSchemeDesignator = "99SYNTH"
    code.CodeMeaning = meaning
    person = Dataset()
    person.PersonIdentificationCodeSequence = Sequence([code])
    person.InstitutionName = "Klinikum Süd"
    ds.ReferringPhysicianIdentificationSequence = Sequence([person])
    block = ds.private_block(0x0009, "SYNTH PYDICOM 1.0", create=True)
    block.add_new(0x10, "LO", patient)
    block.add_new(0x11, "US", [513, 7])
    ds.PatientName = patient
    ds.PatientID = "PY-0042"
    ds.PatientBirthDate = "19580214"
    ds.PatientSex = "F"
    others = []
    for n in (1, 2):
        other = Dataset()
        other.PatientID = "PY-OTHER-%d" % n
        other.TypeOfPatientID = "TEXT"
        others.append(other)
    ds.OtherPatientIDsSequence = Sequence(others)
    ds.FrameTime = "33.3"
    ds.StudyInstanceUID = "2.25.200"
    ds.SeriesInstanceUID = "2.25.201"
    ds.SeriesNumber = "3"
    ds.InstanceNumber = str(index + 1)
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.NumberOfFrames = str(FRAMES)
    ds.FrameIncrementPointer = 0x00181063
    ds.Rows = ROWS
    ds.Columns = COLUMNS
    ds.BitsAllocated = 16
    ds.BitsStored = 12
    ds.HighBit = 11
    ds.PixelRepresentation = 0
    return ds


def main(out_dir):
    index = 0
    for text_name, texts in TEXTS.items():
        for syntax_name, (uid, little, implicit) in SYNTAXES.items():
            if text_name == "utf8" and syntax_name != "explicit-le":
                continue  # the character set does not depend on the transfer syntax
            ds = dataset(texts, index)
            # the file's byte order is that of the pixel bytes pydicom is given; it does not swap them
            ds.PixelData = pixels().astype(">u2" if not little else "<u2").tobytes()
            ds["PixelData"].VR = "OW"
            meta = FileMetaDataset()
            meta.MediaStorageSOPClassUID = ds.SOPClassUID
            meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
            meta.TransferSyntaxUID = uid
            ds.file_meta = meta
            ds.is_little_endian = little
            ds.is_implicit_VR = implicit
            name = "pydicom-%s-%s.dcm" % (text_name, syntax_name)
            ds.save_as(os.path.join(out_dir, name), write_like_original=False)
            print(name)
            index += 1


if __name__ == "__main__":
    main(sys.argv[1])
