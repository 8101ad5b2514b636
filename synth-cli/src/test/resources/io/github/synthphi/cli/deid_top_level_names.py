"""A naive de-identifier written with pydicom, for synth-cli's tests.

usage: deid_top_level_names.py IN OUT

Every DICOM file under IN is written to the same relative path under OUT with every top-level
person name (VR PN) and Patient's Birth Date removed and Patient ID replaced by ANON. Nothing
else is touched: sequences, private blocks, free text, other dates, UIDs and pixels stay as
they are, which is what synth must report.
"""
import os
import sys

import pydicom


def main(src, dst):
    count = 0
    for root, dirs, files in os.walk(src):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith(".dcm"):
                continue
            path = os.path.join(root, name)
            ds = pydicom.dcmread(path)
            for elem in list(ds):
                if elem.VR == "PN":
                    del ds[elem.tag]
            ds.PatientID = "ANON"
            if "PatientBirthDate" in ds:
                del ds.PatientBirthDate
            out = os.path.join(dst, os.path.relpath(path, src))
            os.makedirs(os.path.dirname(out), exist_ok=True)
            ds.save_as(out)
            count += 1
    print("de-identified %d files" % count)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
