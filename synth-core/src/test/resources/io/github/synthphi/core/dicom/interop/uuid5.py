"""Prints Python's own name-based UUIDs for synth's UID derivation, an independent check of Uids.generate.

Usage: python3 uuid5.py INPUT_FILE

INPUT_FILE holds ASCII lines "SEED<TAB>HEX", HEX the UTF-8 bytes of a key. For each line this prints
"SEED<TAB>HEX<TAB>DECIMAL": the integer value of uuid5(namespace, SEED + "/" + key), where namespace is
uuid5(NAMESPACE_URL, "https://github.com/synthphi/synth").
"""
import sys
import uuid

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/synthphi/synth")


def main(path):
    with open(path, "rb") as f:
        lines = f.read().decode("ascii").splitlines()
    out = []
    for line in lines:
        if not line:
            continue
        seed, key_hex = line.split("\t")
        key = bytes.fromhex(key_hex).decode("utf-8")
        value = uuid.uuid5(NAMESPACE, "%d/%s" % (int(seed), key)).int
        out.append("%s\t%s\t%d" % (seed, key_hex, value))
    sys.stdout.buffer.write(("\n".join(out) + "\n").encode("ascii"))


if __name__ == "__main__":
    main(sys.argv[1])
