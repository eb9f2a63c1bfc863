import { connect, type Socket } from 'node:net';

export interface RawExchange {
  socket: Socket;
  /** Resolves with what the server sent and when the connection ended (ms since open). */
  ended: Promise<{ response: string; afterMs: number }>;
}

/** Opens a raw TCP connection; `ended` resolves when the server closes it (or it fails). */
export function rawConnection(port: number): RawExchange {
  const socket = connect(port, '127.0.0.1');
  const opened = Date.now();
  let response = '';
  socket.on('data', (chunk) => { response += chunk; });
  const ended = new Promise<{ response: string; afterMs: number }>((resolve) => {
    socket.on('close', () => resolve({ response, afterMs: Date.now() - opened }));
    socket.on('error', () => { /* a reset ends the exchange the same way */ });
  });
  return { socket, ended };
}

/** Writes `text` a slice at a time, one every `everyMs`, while the socket is writable. */
export async function dribble(socket: Socket, text: string, slices: number, everyMs: number) {
  const size = Math.ceil(text.length / slices);
  for (let i = 0; i < text.length; i += size) {
    if (socket.destroyed || socket.writableEnded) return;
    socket.write(text.slice(i, i + size));
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** A POST of `body` with its headers, as one string. */
export function postHead(path: string, body: string, key: string) {
  return `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${key}\r\n`
    + `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`;
}

export const statusOf = (response: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 0);
