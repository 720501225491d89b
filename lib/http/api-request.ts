/**
 * What the route wrapper and the handlers read of a request. A web Request has it (Next.js
 * passes one); so does the API dispatcher's lighter stand-in (lib/server/api-dispatch.ts),
 * which spares every request the cost of building a full Request: a poll's, and a hold's or a
 * payment's, whose body it has already read off the socket.
 */
export interface ApiRequest {
  readonly method: string;
  /** Absolute: scheme, host, path and query. */
  readonly url: string;
  readonly headers: { get(name: string): string | null };
  readonly body: ReadableStream<Uint8Array> | null;
  /** The whole body, already read (the dispatcher's stand-in); readJsonBody prefers it to `body`. */
  readonly bodyBytes?: Uint8Array;
}
