// Which thread of a lint parses which file. The main thread takes files from the front of the
// list, the helper thread from the back, one at a time, until they meet: both finish parsing
// together however fast each turns out to be (the helper starts ~50 ms late, either may share its
// core with other work), and the files each parsed are still one run each — the main thread's
// [0, k), the helper's [k, n) — so documents reach the core in file order.
//
// Both ends live in one 64-bit cell of shared memory (front in the high half, back in the low),
// claimed by compare-and-swap: no lock, so a thread descheduled mid-claim holds nobody up.

/** The shared cell for `n` files: front 0, back n. */
export function createClaims(n) {
  const cell = new BigInt64Array(new SharedArrayBuffer(8));
  Atomics.store(cell, 0, pack(0, n));
  return cell.buffer;
}

/** The next file from the front (the main thread's), or -1 once the ends have met. */
export function claimFront(buffer) {
  return claim(new BigInt64Array(buffer), true);
}

/** The next file from the back (the helper's), or -1 once the ends have met. */
export function claimBack(buffer) {
  return claim(new BigInt64Array(buffer), false);
}

/** Where the back end is: the helper's files are [back, n). */
export function backOf(buffer) {
  return Number(BigInt.asUintN(32, Atomics.load(new BigInt64Array(buffer), 0)));
}

function claim(cell, fromFront) {
  for (;;) {
    const old = Atomics.load(cell, 0);
    const front = Number(old >> 32n);
    const back = Number(BigInt.asUintN(32, old));
    if (front >= back) return -1;
    const next = fromFront ? pack(front + 1, back) : pack(front, back - 1);
    if (Atomics.compareExchange(cell, 0, old, next) === old) return fromFront ? front : back - 1;
  }
}

function pack(front, back) {
  return (BigInt(front) << 32n) | BigInt(back);
}
