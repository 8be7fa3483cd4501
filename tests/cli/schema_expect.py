"""What the schema tests share: each check that a schema accepts or refuses a document."""
from jsonschema import Draft202012Validator


class SchemaChecks:
    def __init__(self):
        self.bad = 0

    def expect(self, schema, doc, valid, what):
        """Counts and prints a document the schema judges otherwise than `valid`."""
        errors = list(Draft202012Validator(schema).iter_errors(doc))
        if valid and errors:
            print(f"{what}: refused: {errors[0].message}")
            self.bad += 1
        if not valid and not errors:
            print(f"{what}: accepted, should be refused")
            self.bad += 1
