import net from 'node:net';

/**
 * Hostile HTTP requests for fuzz tests of our servers: raw bytes over a socket, so that
 * malformed request lines and headers reach the server exactly as an attacker sends them.
 * Loopback only, every request bounded in time.
 */
export interface HostileRequest {
  kind: string;
  raw: string | Buffer;
  /** Sent without ever finishing: the server must close the connection by itself. */
  partial?: boolean;
}

export interface RawResponse {
  /** Status code of the first response on the connection, if any came. */
  status?: number;
  text: string;
  /** True when the server closed the connection before our time limit. */
  closedByServer: boolean;
}

/** Sends raw bytes to 127.0.0.1:port and collects what comes back until close or timeout. */
export function sendRaw(port: number, raw: string | Buffer, timeoutMs: number): Promise<RawResponse> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = net.connect({ host: '127.0.0.1', port });
    let settled = false;
    const finish = (closedByServer: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1];
      resolve({ status: status ? Number(status) : undefined, text, closedByServer });
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => finish(true));
    socket.on('close', () => finish(true));
    socket.on('error', () => finish(true));
    socket.on('connect', () => socket.write(raw));
  });
}

/** A small seeded generator, so a failing run can be repeated exactly. */
export function seededRandom(seed: number) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]! };
}

const request = (method: string, target: string, headers: string[] = [], body = '') =>
  `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers.map((h) => `${h}\r\n`).join('')}Connection: close\r\n\r\n${body}`;

/** Paths that try to leave the release, reach hidden files, redirect off-site or confuse decoding. */
export const HOSTILE_PATHS = [
  '/../outside/secret.txt',
  '/lv/../../outside/secret.txt',
  '/..%2f..%2foutside%2fsecret.txt',
  '/%2e%2e/%2e%2e/outside/secret.txt',
  '/%252e%252e/outside/secret.txt',
  '/..\\..\\outside\\secret.txt',
  '/%c0%ae%c0%ae/outside/secret.txt',
  '/escape/secret.txt',
  '/escape-file.txt',
  '/lv/escape-file.txt',
  '/.env',
  '/lv/.env',
  '/%2eenv',
  '/.git/config',
  '/_headers',
  '/_headers/',
  '//_headers',
  '/%5Fheaders',
  '/%5fheaders',
  '/./_headers',
  '/lv/../_headers',
  '/_HEADERS',
  '/%ZZ',
  '/%00',
  '/lv/%00.html',
  '/lv/\u00e4',
  '//[',
  '/[',
  '/lv/?q=<script>',
  '/' + 'a'.repeat(3000),
  '/_astro/missing.js',
  '/lv/index.html/',
  '/lv',
  '/%2f%2fevil.example',
  '/%5cevil.example/lv',
  '//evil.example/lv',
  '*',
  'http://evil.example/lv/',
];

const HOSTILE_RANGES = [
  'bytes=5-2',
  'bytes=-3',
  'bytes=-0',
  'bytes=999999-',
  'bytes=a-b',
  'bytes=0-0,1-1,2-2,3-3,4-4,5-5',
  'pages=1-2',
  'bytes=--1',
  'bytes=0-18446744073709551616',
];
const HOSTILE_METHODS = ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'CONNECT', 'PROPFIND', 'FOO'];

/** Every kind at least once, then `count` requests drawn at random from all kinds. */
export function hostileRequests(seed: number, count: number): HostileRequest[] {
  const random = seededRandom(seed);
  const makers: Record<string, () => HostileRequest['raw']> = {
    'path traversal and hidden files': () => request('GET', random.pick(HOSTILE_PATHS)),
    'bad range': () =>
      request('GET', random.pick(['/lv/', '/lv/index.html', '/_astro/app.css']), [`Range: ${random.pick(HOSTILE_RANGES)}`]),
    'bad request line': () =>
      random.pick([
        'GET //[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
        'GET  HTTP/1.1\r\n\r\n',
        'GET /lv/ HTTP/9.9\r\nHost: x\r\nConnection: close\r\n\r\n',
        'GET /lv/\x00 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
        '\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03',
        'GET\r\n\r\n',
        'GET / HTTP/1.1 extra\r\n\r\n',
        ' / HTTP/1.1\r\n\r\n',
      ]),
    'method other than GET or HEAD': () =>
      request(
        random.pick(HOSTILE_METHODS),
        random.pick(['/lv/', '/', '/_headers', '//', '///', '//[', '/%ZZ']),
        ['Content-Length: 5'],
        'hello',
      ),
    'huge header': () => request('GET', '/lv/', [`X-Big: ${'a'.repeat(64 * 1024)}`]),
    'many headers': () =>
      request(
        'GET',
        '/lv/',
        Array.from({ length: 3000 }, (_, i) => `X-H${i}: ${i}`),
      ),
    'huge url': () => request('GET', `/lv/${'x'.repeat(100 * 1024)}`),
    'header injection': () => `GET /lv/ HTTP/1.1\r\nHost: x\r\nX-A: a\rX-B: b\r\nX-C: \x00\r\n\r\n`,
    'request smuggling': () =>
      `POST /lv/ HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /_headers HTTP/1.1\r\nHost: x\r\n\r\n`,
    'bad content length': () =>
      request('GET', '/lv/', [
        random.pick(['Content-Length: -1', 'Content-Length: abc', 'Content-Length: 1, 2', 'Content-Length: 99999999999999999999']),
      ]),
    'bad conditional headers': () =>
      request('GET', '/lv/', [random.pick(['If-None-Match: *', 'If-Modified-Since: yesterday', 'If-Range: "x"', 'If-Match: ,,,,'])]),
    'bad encoding headers': () =>
      request('GET', '/lv/', [random.pick(['Accept-Encoding: ' + 'gzip;q=x,'.repeat(200), 'Accept: */*;q=99', 'Accept-Language: \u0000'])]),
    'missing host': () => `GET /lv/ HTTP/1.1\r\nConnection: close\r\n\r\n`,
    'pipelined requests': () =>
      Array.from({ length: 20 }, (_, i) => `GET ${i % 2 ? '/lv/' : '/.env'} HTTP/1.1\r\nHost: x\r\n\r\n`).join('') +
      'GET /lv/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    'binary garbage': () => Buffer.from(Array.from({ length: 200 }, () => Math.floor(random.next() * 256))),
    'http/1.0 without host': () => 'GET /lv/ HTTP/1.0\r\n\r\n',
  };
  const kinds = Object.keys(makers);
  const out: HostileRequest[] = kinds.map((kind) => ({ kind, raw: makers[kind]!() }));
  // Every path once, so no path is left to chance.
  for (const target of HOSTILE_PATHS) out.push({ kind: 'path traversal and hidden files', raw: request('GET', target) });
  while (out.length < count) {
    const kind = random.pick(kinds);
    out.push({ kind, raw: makers[kind]!() });
  }
  return out;
}

/** Requests that start and never finish: headers that stop half-way, a body that never comes. */
export const SLOW_REQUESTS: HostileRequest[] = [
  { kind: 'slowloris: headers never end', raw: 'GET /lv/ HTTP/1.1\r\nHost: x\r\nX-Slow: ', partial: true },
  { kind: 'slowloris: body never comes', raw: 'POST /webhook HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\nabc', partial: true },
  { kind: 'slowloris: nothing sent', raw: '', partial: true },
];
