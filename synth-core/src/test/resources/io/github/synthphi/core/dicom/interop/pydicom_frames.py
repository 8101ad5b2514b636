"""Decodes the pixels of DICOM files with pydicom, for synth's burned-in text tests.

Usage: python3 pydicom_frames.py OUTDIR FILE...

For the file numbered INDEX (from 0) writes OUTDIR/INDEX.raw, pydicom's pixel_array as frames x rows x
columns x samples, each sample a little-endian int32, and prints one tab-separated ASCII line:
  frames  INDEX SOP_INSTANCE_UID FRAMES ROWS COLUMNS SAMPLES
Every warning is an error.
"""
import os
import sys
import warnings

warnings.simplefilter("error")

import numpy as np  # noqa: E402
import pydicom  # noqa: E402


def main():
    out = sys.argv[1]
    for index, path in enumerate(sys.argv[2:]):
        ds = pydicom.dcmread(path)
        frames = int(ds.get("NumberOfFrames", 1) or 1)
        rows, columns, samples = int(ds.Rows), int(ds.Columns), int(ds.SamplesPerPixel)
        pixels = np.asarray(ds.pixel_array).reshape((frames, rows, columns, samples))
        pixels.astype("<i4").tofile(os.path.join(out, "%d.raw" % index))
        print("\t".join(["frames", str(index), str(ds.SOPInstanceUID), str(frames), str(rows), str(columns),
                         str(samples)]))


if __name__ == "__main__":
    main()
