// node tests/contract/check.mjs DOCUMENT.json [--write]
// Checks the OpenAPI document the server serves (saved to DOCUMENT.json) and the web app's
// types generated from it (docs/api-schemas.md):
// 1. the document validates as OpenAPI 3.1 with an external validator (@apidevtools/swagger-parser);
// 2. the types openapi-typescript generates from it equal web/src/api/generated/motus-api.ts,
//    so the checked-in types cannot go stale; with --write the file is written instead.
// Exits 1 with the reasons when either fails. tests/api/contract_document_test.cpp runs it on
// the real server's document; scripts/generate-api-types writes the types.
import SwaggerParser from '@apidevtools/swagger-parser';
import openapiTS, { astToString } from 'openapi-typescript';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [documentFile, ...flags] = process.argv.slice(2);
if (!documentFile) {
  console.error('usage: node tests/contract/check.mjs DOCUMENT.json [--write]');
  process.exit(2);
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const typesFile = join(root, 'web', 'src', 'api', 'generated', 'motus-api.ts');
const document = JSON.parse(readFileSync(documentFile, 'utf8'));
let failed = false;

try {
  // validate() dereferences in place; give it a copy so the types see the document as served.
  await SwaggerParser.validate(structuredClone(document));
  console.log(`openapi: valid OpenAPI ${document.openapi}, ${Object.keys(document.paths).length} paths`);
} catch (error) {
  failed = true;
  console.error(`openapi: the served document is not valid OpenAPI: ${error.message}`);
}

const header =
  '// Generated from the server\'s /api/openapi.json by openapi-typescript: do not edit.\n' +
  '// Regenerate with scripts/generate-api-types after changing a route\'s contract;\n' +
  '// tests/api/contract_document_test.cpp fails while this file is stale.\n';
const types = header + astToString(await openapiTS(structuredClone(document), { alphabetize: true }));
if (flags.includes('--write')) {
  writeFileSync(typesFile, types);
  console.log(`types: wrote ${typesFile}`);
} else {
  let current = '';
  try {
    current = readFileSync(typesFile, 'utf8');
  } catch {
    // Missing counts as stale.
  }
  if (current !== types) {
    failed = true;
    console.error(
      'types: web/src/api/generated/motus-api.ts is stale: the served document has changed. ' +
        'Run scripts/generate-api-types and commit the result.',
    );
  } else {
    console.log('types: web/src/api/generated/motus-api.ts matches the served document');
  }
}
process.exit(failed ? 1 : 0);
