// Share links written in JavaScript from the format's documentation (src/core/share/mod.rs), for
// the tests and the benchmark that need many people's links: e2e/team.test.mjs checks this
// encoder against a link the app made.

import { readFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT, times } from "./support.mjs";

export const sixStage = JSON.parse(readFileSync(path.join(REPO_ROOT, "models", "six-stage.json"), "utf8"));
/** Choices of each six-stage question: its options, then "Not sure". */
const RADICES = sixStage.questions.map((q) => (q.options ?? sixStage.scales[q.scale]).length + 1);
const MODEL_CODE = 0; // six-stage is the first model a link can name

/** CRC-8/SMBUS (polynomial 0x07, no reflection, initial value and final xor 0), as the link format documents it. */
export function crc8(bytes) {
  let crc = 0;
  for (const b of bytes) {
    crc ^= b;
    for (let i = 0; i < 8; i++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}

/** A six-stage share link's payload for `digits` (0-based option per question; radix - 1 is "Not sure"). */
export function resultPayload(digits) {
  let value = 0n;
  let largest = 0n;
  RADICES.forEach((r, q) => {
    value = value * BigInt(r) + BigInt(digits[q]);
    largest = largest * BigInt(r) + BigInt(r - 1);
  });
  const bits = largest.toString(2).length;
  const bytes = new Uint8Array(3 + Math.ceil(bits / 8));
  bytes[0] = (1 << 4) | MODEL_CODE;
  bytes[1] = sixStage.version;
  const binary = value.toString(2).padStart(bits, "0");
  for (let i = 0; i < bits; i++) if (binary[i] === "1") bytes[3 + (i >> 3)] |= 0x80 >> (i & 7);
  bytes[2] = crc8([...bytes.slice(3), bytes[0], bytes[1]]);
  return Buffer.from(bytes).toString("base64url");
}

/** Every question answered with option `n` (1-based, as on screen): that person is at stage n. */
export const uniform = (n) => times(RADICES.length, n - 1);


/** `n` different people's six-stage payloads: the first six questions count up in base 6, the rest at option 3. */
export const manyPayloads = (n) =>
  Array.from({ length: n }, (_, k) => {
    const head = Array.from({ length: 6 }, (_, i) => Math.floor(k / 6 ** i) % 6);
    return resultPayload([...head, ...uniform(3).slice(6)]);
  });
