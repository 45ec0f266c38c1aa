#!/usr/bin/python3
"""Validates JSON documents against the survey schema. Usage: check_schema.py SCHEMA FILE...
Prints one line per document: "FILE OK" or "FILE INVALID: first error". Exit 0 always; the
QtTest that runs it decides what each document should be."""
import json
import sys

import jsonschema

schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
for path in sys.argv[2:]:
    errors = list(validator.iter_errors(json.load(open(path, encoding="utf-8"))))
    print(f"{path} OK" if not errors else f"{path} INVALID: {errors[0].message}")
