// The whole playground state in the URL hash, so a link is a complete, server-free share:
// JSON → deflate-raw (CompressionStream) → base64url, behind `#s=`. Also the localStorage autosave.

import type { AppState } from "./types";

const PREFIX = "s=";
const STORAGE_KEY = "modelservice-render.playground.v1";
/** This tab's state when it is ahead of the tab's URL hash (sessionStorage: per tab, kept across
 * reloads and a reopened tab). */
const TAB_KEY = "modelservice-render.playground.tab";
/** Hash payloads above this are refused on load (a decompression bomb guard). */
export const MAX_JSON = 2_000_000;
/** The longest URL Chromium opens (url::kMaxURLChars, 2 MiB): a longer link does not load. */
export const MAX_URL = 2 * 1024 * 1024;

/** A state whose link could not be opened: `size` over `limit` (JSON bytes, or the link's length
 * when the JSON fits but compresses too little). Refused when encoding, so no such link exists. */
export class TooLargeToShare extends Error {
  constructor(
    readonly what: "state" | "link",
    readonly size: number,
    readonly limit: number,
  ) {
    super(`shared ${what} too large: ${size} > ${limit}`);
  }
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  const reader = out.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.length;
    if (total > MAX_JSON) {
      await reader.cancel();
      throw new Error("shared state too large");
    }
  }
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    joined.set(c, offset);
    offset += c.length;
  }
  return joined;
}

export function toBase64Url(bytes: Uint8Array): string {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const bin = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Keeps only the fields of a state that are well-typed; anything else is dropped. */
export function sanitizeState(raw: unknown): AppState | null {
  if (!raw || typeof raw !== "object") return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.yaml !== "string") return null;
  const obj = (v: unknown) => (v && typeof v === "object" && !Array.isArray(v) ? v : {});
  return {
    yaml: r.yaml,
    eppConfig: obj(r.eppConfig),
    options: obj(r.options),
    selected: typeof r.selected === "string" ? r.selected : undefined,
    baseline: typeof r.baseline === "string" ? r.baseline : undefined,
  };
}

/** `#`-less hash of `state`; throws TooLargeToShare for a state the page would not open back
 * (`base`: the URL the hash goes on, for the link's length). */
export async function encodeState(state: AppState, base = ""): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(state));
  if (json.length > MAX_JSON) throw new TooLargeToShare("state", json.length, MAX_JSON);
  const hash = PREFIX + toBase64Url(await deflate(json));
  const length = base.length + 1 + hash.length;
  if (length > MAX_URL) throw new TooLargeToShare("link", length, MAX_URL);
  return hash;
}

/** deflate-raw, unbounded (`pipe` bounds what it inflates; what it deflates is bounded above). */
async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream("deflate-raw"))).arrayBuffer());
}

/** Whether a URL hash is meant as a share link (`#s=…`), readable or not. */
export function isShareHash(hash: string): boolean {
  return (hash.startsWith("#") ? hash.slice(1) : hash).startsWith(PREFIX);
}

/** Decodes `#s=…` (with or without the `#`); null when absent or corrupt. */
export async function decodeState(hash: string): Promise<AppState | null> {
  const h = hash.startsWith("#") ? hash.slice(1) : hash;
  if (!h.startsWith(PREFIX)) return null;
  try {
    const bytes = await pipe(fromBase64Url(h.slice(PREFIX.length)), new DecompressionStream("deflate-raw"));
    return sanitizeState(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    return null;
  }
}

export function saveLocal(state: AppState): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    // Storage full or disabled (private mode): the URL hash still carries the state.
  }
}

export function loadLocal(): AppState | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    return raw ? sanitizeState(JSON.parse(raw)) : null;
  } catch {
    return null;
  }
}

/** Keeps `state` for this tab as the newer state of the page whose URL hash is `hash`. */
export function saveTab(hash: string, state: AppState): void {
  try {
    sessionStorage.setItem(TAB_KEY, JSON.stringify({ hash, state }));
  } catch {
    // Storage full or disabled: the autosave (and the hash) remain.
  }
}

/** This tab's state saved over `hash` (`saveTab`), when the page is at that hash again. */
export function loadTab(hash: string): AppState | null {
  try {
    const raw = sessionStorage.getItem(TAB_KEY);
    const rec = raw ? (JSON.parse(raw) as { hash?: unknown; state?: unknown }) : null;
    return rec && typeof rec === "object" && rec.hash === hash ? sanitizeState(rec.state) : null;
  } catch {
    return null;
  }
}

export function clearTab(): void {
  try {
    sessionStorage.removeItem(TAB_KEY);
  } catch {
    // Nothing kept then.
  }
}
