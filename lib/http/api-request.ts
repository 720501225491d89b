/**
 * What the route wrapper and the handlers read of a request. A web Request has it (Next.js
 * passes one); so does the API dispatcher's lighter stand-in for requests without a body
 * (lib/server/api-dispatch.ts), which spares a poll the cost of building a full Request.
 */
export interface ApiRequest {
  readonly method: string;
  /** Absolute: scheme, host, path and query. */
  readonly url: string;
  readonly headers: { get(name: string): string | null };
  readonly body: ReadableStream<Uint8Array> | null;
}
