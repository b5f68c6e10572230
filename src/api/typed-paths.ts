/**
 * The few type helpers the client needs to read the generated OpenAPI `paths` (same meaning as
 * openapi-typescript-helpers', written here so that the published `.d.ts` files depend on nothing
 * the host has to install). Types only: nothing of this file exists at run time.
 */
export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

/** The paths of `Paths` that define `Method`. */
export type PathsWithMethod<Paths, Method extends HttpMethod> = {
  [P in keyof Paths]: Paths[P] extends { [K in Method]: unknown } ? P : never;
}[keyof Paths];

type OkStatus = 200 | 201 | 202 | 203 | 204 | 206 | 207 | '2XX';

/** The JSON body of an operation's success responses (`never` when none has one, as for 204). */
export type SuccessResponseJSON<Operation> = Operation extends { responses: infer R }
  ? {
      [S in keyof R & OkStatus]: R[S] extends { content: { 'application/json': infer Body } } ? Body : never;
    }[keyof R & OkStatus]
  : never;
