/**
 * HyperLogLog distinct-count sketches (SECURITY.md S7) for counting people across organizations and
 * countries without moving personal data: each organization builds a sketch of the keyed member hashes
 * (`members.uic_hash`, an HMAC with the network key, so already uniform) of the members it reached, and
 * only estimates derived from merged sketches are ever published. A sketch itself is sensitive: with the
 * network key an attacker could test whether a known person is probably in it.
 *
 * Dense representation: one byte per register (2^precision registers, 4,096 by default). The first 64
 * bits of the hash are used: the top `precision` bits pick the register, the rest give the rank
 * (position of the first 1 bit, 1-based, at most 64 − precision + 1).
 *
 * Estimation: linear counting while some registers are still empty and its estimate is below the HLL++
 * threshold for the precision (Heule, Nunkesser & Hall 2013, without their empirical bias tables);
 * above it, Ertl's improved raw estimator ("New cardinality estimation algorithms for HyperLogLog
 * sketches", 2017), which needs no bias tables and has no bias gap in the intermediate range.
 */

export const HLL_DEFAULT_PRECISION = 12;
export const HLL_MIN_PRECISION = 10;
export const HLL_MAX_PRECISION = 16;
/** Serialization format version (first byte). */
export const HLL_FORMAT_VERSION = 1;
/** Bytes of the hash that are read (64 bits). */
export const HLL_HASH_BYTES = 8;

/** HLL++ linear-counting thresholds by precision (10..16). */
const LINEAR_COUNTING_THRESHOLD: Record<number, number> = {
  10: 900,
  11: 1800,
  12: 3100,
  13: 6500,
  14: 11500,
  15: 20000,
  16: 50000,
};

export interface HllSketch {
  readonly precision: number;
  /** 2^precision registers, each 0..(64 − precision + 1). */
  readonly registers: Uint8Array;
}

function assertPrecision(precision: number): void {
  if (!Number.isInteger(precision) || precision < HLL_MIN_PRECISION || precision > HLL_MAX_PRECISION) {
    throw new Error(`hll: precision must be an integer from ${HLL_MIN_PRECISION} to ${HLL_MAX_PRECISION}`);
  }
}

/** An empty sketch (estimate 0). */
export function createHll(precision: number = HLL_DEFAULT_PRECISION): HllSketch {
  assertPrecision(precision);
  return { precision, registers: new Uint8Array(1 << precision) };
}

/** Largest register value for a precision: all remaining 64 − p bits zero. */
function maxRank(precision: number): number {
  return 64 - precision + 1;
}

/**
 * Adds one keyed member hash (at least 8 bytes; only the first 8 are read). Mutates the sketch; adding
 * the same hash again changes nothing.
 */
export function addHash(sketch: HllSketch, hash: Uint8Array): void {
  if (hash.length < HLL_HASH_BYTES) throw new Error('hll: a hash needs at least 8 bytes');
  const p = sketch.precision;
  const hi = ((hash[0]! << 24) | (hash[1]! << 16) | (hash[2]! << 8) | hash[3]!) >>> 0;
  const lo = ((hash[4]! << 24) | (hash[5]! << 16) | (hash[6]! << 8) | hash[7]!) >>> 0;
  const index = hi >>> (32 - p);
  const restHi = (hi << p) >>> 0; // the 32 − p remaining bits of the first word, then zeros
  let rank: number;
  if (restHi !== 0) rank = Math.clz32(restHi) + 1;
  else if (lo !== 0) rank = 32 - p + Math.clz32(lo) + 1;
  else rank = maxRank(p);
  if (rank > sketch.registers[index]!) sketch.registers[index] = rank;
}

/** A new sketch of the union (register-wise maximum): commutative, associative and idempotent. */
export function mergeHll(a: HllSketch, b: HllSketch): HllSketch {
  if (a.precision !== b.precision) throw new Error('hll: cannot merge sketches of different precision');
  const registers = new Uint8Array(a.registers.length);
  for (let i = 0; i < registers.length; i++) {
    const x = a.registers[i]!;
    const y = b.registers[i]!;
    registers[i] = x > y ? x : y;
  }
  return { precision: a.precision, registers };
}

/** Union of any number of sketches (an empty list gives an empty sketch of the default precision). */
export function mergeAllHll(sketches: readonly HllSketch[]): HllSketch {
  if (sketches.length === 0) return createHll();
  return sketches.slice(1).reduce((acc, s) => mergeHll(acc, s), copyHll(sketches[0]!));
}

export function copyHll(sketch: HllSketch): HllSketch {
  return { precision: sketch.precision, registers: new Uint8Array(sketch.registers) };
}

// Ertl (2017), algorithm 6.
function sigma(x: number): number {
  if (x === 1) return Number.POSITIVE_INFINITY;
  let y = 1;
  let z = x;
  let previous: number;
  do {
    x *= x;
    previous = z;
    z += x * y;
    y += y;
  } while (z !== previous);
  return z;
}

function tau(x: number): number {
  if (x === 0 || x === 1) return 0;
  let y = 1;
  let z = 1 - x;
  let previous: number;
  do {
    x = Math.sqrt(x);
    previous = z;
    y *= 0.5;
    z -= (1 - x) * (1 - x) * y;
  } while (z !== previous);
  return z / 3;
}

/** The estimated number of distinct hashes added (not rounded). */
export function estimateHll(sketch: HllSketch): number {
  const p = sketch.precision;
  const m = sketch.registers.length;
  const q = 64 - p;
  const histogram = new Array<number>(q + 2).fill(0);
  for (const r of sketch.registers) histogram[r]! += 1;
  const zeros = histogram[0]!;
  if (zeros === m) return 0;
  if (zeros > 0) {
    const linear = m * Math.log(m / zeros);
    if (linear <= LINEAR_COUNTING_THRESHOLD[p]!) return linear;
  }
  let z = m * tau(1 - histogram[q + 1]! / m);
  for (let k = q; k >= 1; k--) z = 0.5 * (z + histogram[k]!);
  z += m * sigma(zeros / m);
  const alphaInfinity = 1 / (2 * Math.LN2);
  return (alphaInfinity * m * m) / z;
}

/** The published form of an estimate: a whole number. */
export function roundedEstimate(sketch: HllSketch): number {
  return Math.round(estimateHll(sketch));
}

/** Relative standard error of the estimator at this precision (1.04 / √m). */
export function hllStandardError(precision: number = HLL_DEFAULT_PRECISION): number {
  assertPrecision(precision);
  return 1.04 / Math.sqrt(1 << precision);
}

/** [version][precision][registers…] */
export function serializeHll(sketch: HllSketch): Uint8Array {
  const out = new Uint8Array(2 + sketch.registers.length);
  out[0] = HLL_FORMAT_VERSION;
  out[1] = sketch.precision;
  out.set(sketch.registers, 2);
  return out;
}

/** Reads a serialized sketch; throws on an unknown version, a bad precision, length or register. */
export function deserializeHll(bytes: Uint8Array): HllSketch {
  if (bytes.length < 2) throw new Error('hll: truncated sketch');
  if (bytes[0] !== HLL_FORMAT_VERSION) throw new Error('hll: unknown sketch format version');
  const precision = bytes[1]!;
  assertPrecision(precision);
  const m = 1 << precision;
  if (bytes.length !== 2 + m) throw new Error('hll: sketch length does not match its precision');
  const registers = new Uint8Array(bytes.subarray(2));
  const max = maxRank(precision);
  for (const r of registers) if (r > max) throw new Error('hll: register out of range');
  return { precision, registers };
}
