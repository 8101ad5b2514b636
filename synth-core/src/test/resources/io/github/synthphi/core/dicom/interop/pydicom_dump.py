"""Reads DICOM files with pydicom and prints what it read, for synth's interoperability tests.

Usage: python3 -W error pydicom_dump.py FILE...

Prints ASCII lines, tab-separated, the file's index first:
  meta    INDEX PATH VR HEX   an element of the file meta information
  elem    INDEX PATH VR HEX   an element of the data set (the top-level Pixel Data excepted)
  pixels  INDEX SHAPE SHA256  pixel_array: its shape and the SHA-256 of its samples as little-endian int64
  nopixels INDEX HEX          why pixel_array failed
  warning INDEX HEX           a warning pydicom logged
HEX is the UTF-8 of a value in the plain form synth's Listing uses: text values joined with a backslash,
binary integers in decimal, FL and FD as Python's repr of the float, AT as GGGGEEEE, other binary values
as lowercase hex, a sequence as its number of items. PATH is (GGGG,EEEE), with [i] after a sequence for
its items.
"""
import hashlib
import logging
import sys
import warnings

warnings.simplefilter("error")

import numpy as np  # noqa: E402
import pydicom  # noqa: E402
from pydicom import config  # noqa: E402
from pydicom.multival import MultiValue  # noqa: E402

TEXT_VRS = {"AE", "AS", "CS", "DA", "DS", "DT", "IS", "LO", "LT", "PN", "SH", "ST", "TM", "UC", "UI", "UR",
            "UT"}
INT_VRS = {"US", "SS", "UL", "SL", "UV", "SV"}
PIXEL_DATA = 0x7FE00010


class Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def hexutf8(text):
    return text.encode("utf-8").hex()


def values(value):
    if value is None:
        return []
    if isinstance(value, (list, MultiValue)):
        return list(value)
    return [value]


def vr_of(elem):
    # pydicom 2.3 gives some VRs as a str enum whose str() is "VR.LO"
    return getattr(elem.VR, "value", elem.VR)


def plain(elem):
    vr = vr_of(elem)
    if vr in TEXT_VRS:
        return "\\".join("" if v is None else str(v) for v in values(elem.value))
    if vr in INT_VRS:
        return "\\".join(str(int(v)) for v in values(elem.value))
    if vr in ("FL", "FD"):
        return "\\".join(repr(float(v)) for v in values(elem.value))
    if vr == "AT":
        return "\\".join("%08X" % int(v) for v in values(elem.value))
    if vr == "SQ":
        return str(len(elem.value))
    return bytes(elem.value or b"").hex()


def dump(kind, index, dataset, prefix, out):
    for elem in dataset:
        if elem.tag == PIXEL_DATA and kind == "elem" and not prefix:
            continue  # the image itself is compared as pixel_array; an icon's pixels are listed
        path = "%s(%04X,%04X)" % (prefix, elem.tag.group, elem.tag.element)
        out.append("\t".join([kind, str(index), path, vr_of(elem), hexutf8(plain(elem))]))
        if vr_of(elem) == "SQ":
            for i, item in enumerate(elem.value):
                dump(kind, index, item, "%s[%d]" % (path, i), out)


def main(paths):
    if hasattr(config, "settings"):
        config.settings.reading_validation_mode = config.RAISE  # invalid values are errors, not warnings
    collect = Collect()
    logging.getLogger("pydicom").addHandler(collect)
    out = []
    for index, path in enumerate(paths):
        collect.messages.clear()
        ds = pydicom.dcmread(path)
        dump("meta", index, ds.file_meta, "", out)
        dump("elem", index, ds, "", out)
        if PIXEL_DATA in ds:
            try:
                array = ds.pixel_array
            except Exception as e:  # reported, so the test can say why
                out.append("\t".join(["nopixels", str(index), hexutf8("%s: %s" % (type(e).__name__, e))]))
            else:
                digest = hashlib.sha256(np.ascontiguousarray(array).astype("<i8").tobytes()).hexdigest()
                shape = ",".join(str(n) for n in array.shape)
                out.append("\t".join(["pixels", str(index), shape, digest]))
        for message in collect.messages:
            out.append("\t".join(["warning", str(index), hexutf8(message)]))
    sys.stdout.buffer.write(("\n".join(out) + "\n").encode("ascii"))


if __name__ == "__main__":
    main(sys.argv[1:])
