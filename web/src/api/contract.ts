// The API's shapes as the server documents them: types generated from the served OpenAPI
// document (generated/motus-api.ts, by scripts/generate-api-types; a test fails when they are
// stale). Screens and API modules name shapes through these helpers instead of writing them by
// hand (docs/api-schemas.md).
import type { components, paths } from './generated/motus-api';

/** A named shape of the document's components/schemas, e.g. Schemas['Assessment']. */
export type Schemas = components['schemas'];

type JsonContent<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

/** The JSON body a route answers with a status, e.g. Answer<'/api/v1/me/checkins', 'post', 201>. */
export type Answer<
  Path extends keyof paths,
  Method extends keyof paths[Path],
  Status extends number = 200,
> = paths[Path][Method] extends { responses: infer Responses }
  ? Status extends keyof Responses
    ? JsonContent<Responses[Status]>
    : never
  : never;

/** The JSON body a route takes, e.g. RequestBody<'/api/v1/me/sessions', 'post'>. */
export type RequestBody<Path extends keyof paths, Method extends keyof paths[Path]> =
  paths[Path][Method] extends { requestBody?: infer Body } ? JsonContent<NonNullable<Body>> : never;
