// Starts a Node HTTP handler on 127.0.0.1 at a free port (the only network these tests may use).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { START_PATH } from './real-server-case';

export interface Listening {
  server: Server;
  origin: string;
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** The blank page each case starts from, so a fetch is same-origin and needs no CORS. */
export function serveStartPage(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'GET' || new URL(req.url ?? '/', 'http://127.0.0.1').pathname !== START_PATH) return false;
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end('<!doctype html><title>why401 real-server case</title><p>Start page');
  return true;
}

/** Listens with `handler` behind the start page; `server` may be a prepared one (e.g. a proxy). */
export async function listen(handler: Handler | undefined, server: Server = createServer()): Promise<Listening> {
  if (handler)
    server.on('request', (req: IncomingMessage, res: ServerResponse) => serveStartPage(req, res) || handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
