// A minimal Language Server Protocol client over stdio (JSON-RPC with Content-Length framing),
// enough to drive yaml-language-server the way VS Code's YAML extension does: requests, the
// server's own requests (workspace/configuration, capability registration) and notifications.
import { spawn } from "node:child_process";

export class LspClient {
  /** @param {string[]} command the server and its arguments; `settings` answer workspace/configuration. */
  constructor(command, settings) {
    this.settings = settings;
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = new Set();
    this.stderr = "";
    this.child = spawn(command[0], command.slice(1), { stdio: ["pipe", "pipe", "pipe"] });
    this.child.stderr.on("data", (b) => (this.stderr += b));
    this.exited = new Promise((resolve) => this.child.on("exit", resolve));
    let buffer = Buffer.alloc(0);
    this.child.stdout.on("data", (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const end = buffer.indexOf("\r\n\r\n");
        if (end < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())?.[1]);
        if (buffer.length < end + 4 + length) return;
        const body = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString("utf8"));
        buffer = buffer.subarray(end + 4 + length);
        this.receive(body);
      }
    });
  }

  receive(msg) {
    if (msg.id !== undefined && msg.method === undefined) {
      const waiter = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (msg.error) waiter?.reject(new Error(`${msg.error.code}: ${msg.error.message}`));
      else waiter?.resolve(msg.result);
    } else if (msg.id !== undefined) {
      // A request from the server.
      const result = msg.method === "workspace/configuration" ? msg.params.items.map((i) => this.settings[i.section] ?? null) : null;
      this.send({ jsonrpc: "2.0", id: msg.id, result });
    } else {
      for (const listener of this.listeners) listener(msg);
    }
  }

  send(msg) {
    const body = Buffer.from(JSON.stringify(msg), "utf8");
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request(method, params) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ jsonrpc: "2.0", id, method, params });
    });
  }

  notify(method, params) {
    this.send({ jsonrpc: "2.0", method, params });
  }

  /** The next notification `method` whose params pass `accept`. */
  next(method, accept = () => true) {
    return new Promise((resolve) => {
      const listener = (msg) => {
        if (msg.method === method && accept(msg.params)) {
          this.listeners.delete(listener);
          resolve(msg.params);
        }
      };
      this.listeners.add(listener);
    });
  }

  async close() {
    await this.request("shutdown", null).catch(() => {});
    this.notify("exit", null);
    await this.exited;
  }
}
