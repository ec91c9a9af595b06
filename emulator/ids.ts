import { createHash, randomBytes } from 'node:crypto'

const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'

/** Returns `prefix` and 12 random lower-case alphanumerics, the form of the API's IDs. */
export function randomId(prefix = ''): string {
  const bytes = randomBytes(12)
  let id = ''
  for (const byte of bytes) id += alphabet[byte % alphabet.length]
  return prefix + id
}

/** Returns an ID derived from `seed`, so seed data keeps its IDs across runs. */
export function stableId(prefix: string, seed: string): string {
  const digest = createHash('sha256').update(seed).digest()
  let id = ''
  for (let i = 0; i < 12; i++) id += alphabet[digest[i] % alphabet.length]
  return prefix + id
}

/** Returns a random ID that `isTaken` does not report as used. */
export function uniqueId(
  prefix: string,
  isTaken: (id: string) => boolean
): string {
  let id = randomId(prefix)
  while (isTaken(id)) id = randomId(prefix)
  return id
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/**
 * Formats a time as `YYYY-MM-DD HH:MM:SS`, the API's time format.
 * NOTE: the API states no time zone; the emulator uses UTC.
 */
export function formatTime(ms: number): string {
  const date = new Date(ms)
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
  return `${day} ${time}`
}
