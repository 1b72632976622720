// A minimal WebDriver BiDi client over a plain websocket: commands with ids, results by id, events by
// method. Enough to drive Firefox ESR, which has no geckodriver or Playwright build on these machines.
import WebSocket from 'ws';

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export class BidiClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, Array<(params: unknown) => void>>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => this.onMessage(String(data)));
    socket.on('close', () => {
      for (const { reject } of this.pending.values()) reject(new Error('BiDi connection closed'));
      this.pending.clear();
    });
  }

  static async connect(url: string): Promise<BidiClient> {
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new BidiClient(socket);
  }

  send<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    const promise = new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: (value) => resolve(value as T), reject });
    });
    this.socket.send(JSON.stringify({ id, method, params }));
    return promise;
  }

  on(method: string, listener: (params: unknown) => void): void {
    const list = this.listeners.get(method) ?? [];
    list.push(listener);
    this.listeners.set(method, list);
  }

  close(): void {
    this.socket.close();
  }

  private onMessage(text: string): void {
    const message = JSON.parse(text) as {
      id?: number;
      type?: string;
      method?: string;
      params?: unknown;
      result?: unknown;
      error?: string;
      message?: string;
    };
    if (message.type === 'event' && message.method) {
      for (const listener of this.listeners.get(message.method) ?? []) listener(message.params);
      return;
    }
    if (message.id === undefined) return;
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    if (message.type === 'error') pending.reject(new Error(`BiDi ${message.error}: ${message.message}`));
    else pending.resolve(message.result);
  }
}
