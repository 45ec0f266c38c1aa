#!/usr/bin/python3
"""Opens the envelope v1 test vectors with PyNaCl, following only docs/envelope.md.

An independent second implementation: if this and the C++ code disagree, the document is wrong or
one of them is. Usage: verify_envelope.py tests/crypto/vectors/envelope-v1.json
"""
import base64
import hashlib
import json
import struct
import sys

from nacl.bindings import (crypto_box_seal_open, crypto_box_seed_keypair,
                           crypto_sign_seed_keypair)
from nacl.signing import VerifyKey

CONTEXT = b"heard-envelope-v1\x00"
BUNDLE_CONTEXT = b"heard-key-bundle-v1\x00"


def parse_header(data):
    if data[0:8] != b"HEARDENV":
        raise ValueError("bad magic")
    version, kind = data[8], data[9]
    if version != 1 or kind not in (1, 2):
        raise ValueError("bad version or kind")
    key_id, device_pk, record_id = data[10:18], data[18:50], data[50:66]
    n = data[66]
    if not 1 <= n <= 64:
        raise ValueError("bad survey id length")
    survey_id = data[67:67 + n].decode("ascii")
    survey_version, year = struct.unpack(">HH", data[67 + n:71 + n])
    month, day = data[71 + n], data[72 + n]
    header = dict(kind=kind, key_id=key_id.hex(), device_pk=device_pk, record_id=record_id.hex(),
                  survey_id=survey_id, survey_version=survey_version, day=f"{year:04d}-{month:02d}-{day:02d}")
    return header, 73 + n


def open_envelope(envelope, la_public, la_secret):
    header, header_len = parse_header(envelope)
    (sealed_len,) = struct.unpack(">I", envelope[header_len:header_len + 4])
    if header_len + 4 + sealed_len + 64 != len(envelope):
        raise ValueError("length mismatch")
    signed = envelope[:header_len + 4 + sealed_len]
    signature = envelope[header_len + 4 + sealed_len:]
    VerifyKey(header["device_pk"]).verify(CONTEXT + signed, signature)  # raises BadSignatureError
    if hashlib.blake2b(la_public, digest_size=32).digest()[:8].hex() != header["key_id"]:
        raise ValueError("unknown key")
    plain = crypto_box_seal_open(envelope[header_len + 4:header_len + 4 + sealed_len], la_public, la_secret)
    if plain[:header_len] != envelope[:header_len]:
        raise ValueError("header mismatch")
    return header, plain[header_len:]


def main():
    v = json.load(open(sys.argv[1]))
    device_pk, _ = crypto_sign_seed_keypair(bytes.fromhex(v["deviceSeed"]))
    la_public, la_secret = crypto_box_seed_keypair(bytes.fromhex(v["laBoxSeed"]))
    assert device_pk.hex() == v["devicePublicKey"], "device key from seed"
    assert la_public.hex() == v["laPublicKey"], "LA key from seed"
    assert hashlib.blake2b(device_pk, digest_size=32).digest()[:16].hex() == v["deviceId"], "device id"

    envelope = bytes.fromhex(v["envelopeHex"])
    assert envelope.startswith(bytes.fromhex(v["headerHex"])), "header prefix"
    header, payload = open_envelope(envelope, la_public, la_secret)
    assert payload.decode("utf-8") == v["payload"], "payload"
    assert header["survey_id"] == "children-8-11" and header["day"] == "2026-11-27", "header fields"
    print("envelope: signature verifies, box opens, inner header matches, payload as committed")

    # Every single-bit flip must be refused somewhere along the way.
    for bit in range(0, len(envelope) * 8, 37):
        bad = bytearray(envelope)
        bad[bit // 8] ^= 1 << (bit % 8)
        try:
            open_envelope(bytes(bad), la_public, la_secret)
        except Exception:
            continue
        raise AssertionError(f"bit {bit} flip was accepted")
    print("envelope: sampled bit flips are all refused")

    root_pk, _ = crypto_sign_seed_keypair(bytes.fromhex(v["rootSeed"]))
    assert root_pk.hex() == v["rootPublicKey"], "root key from seed"
    bundle = v["bundleJson"].encode("utf-8")
    VerifyKey(root_pk).verify(BUNDLE_CONTEXT + bundle, bytes.fromhex(v["bundleSignatureHex"]))
    key = json.loads(bundle)["keys"][0]
    assert base64.b64decode(key["publicKey"]) == la_public, "bundle key"
    assert key["keyId"] == v["keyId"], "bundle key id"
    print("key bundle: root signature verifies, key id matches")


if __name__ == "__main__":
    main()
