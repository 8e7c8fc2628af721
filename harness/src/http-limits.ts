import http from 'node:http';

/** How long a client may take, per server; the defaults suit a server on the internet. */
export interface HttpLimits {
  /** A client must send its request headers within this time (slowloris), default 10 s. */
  headersTimeoutMs?: number;
  /** …and its whole request within this time, default 20 s. */
  requestTimeoutMs?: number;
  /** A connection on which nothing moves for this long is closed, default 60 s. */
  idleTimeoutMs?: number;
}

/**
 * A Node HTTP server that cuts off slow clients: Node's own defaults wait a minute for
 * headers and five for a body, and check only every 30 s, so a few hundred slow sockets
 * can hold a server's connections. Used as Fastify's `serverFactory`.
 */
export function limitedServerFactory(limits: HttpLimits = {}) {
  const headersTimeout = limits.headersTimeoutMs ?? 10_000;
  return (handler: http.RequestListener) => {
    const server = http.createServer(
      {
        headersTimeout,
        requestTimeout: Math.max(headersTimeout, limits.requestTimeoutMs ?? 20_000),
        connectionsCheckingInterval: Math.min(1000, headersTimeout),
        // Request headers over 16 KB are answered 431 (Node's default, stated here on purpose).
        maxHeaderSize: 16 * 1024,
      },
      handler,
    );
    // A client that stops reading (or sending) for this long is disconnected: otherwise a
    // few thousand stalled downloads hold a file handle each for ever.
    server.timeout = limits.idleTimeoutMs ?? 60_000;
    return server;
  };
}
