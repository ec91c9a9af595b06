import { randomInt } from 'node:crypto'

/** Characters that every published version of the password rule allows. */
export const PASSWORD_SPECIALS = '()~!@#$*-+={}[]:;,.?/'

const UNITS_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000
}

/** Raised for a bad input; the message names the input, the value and a fix. */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

export interface DurationLimits {
  minMs: number
  maxMs: number
}

/**
 * Parses `90s`, `10m`, `1h30m`, `7d`, `500ms` or plain seconds (`120`) into
 * milliseconds, within the given limits.
 */
export function parseDuration(
  input: string,
  value: string,
  limits: DurationLimits
): number {
  const text = value.trim().toLowerCase()
  const hint = `Use a number of seconds or a duration such as 90s, 10m or 1h.`
  if (/^\d+(\.\d+)?$/.test(text)) {
    return checkDuration(input, value, Number(text) * 1000, limits)
  }
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)]
  const joined = parts.map((part) => part[0]).join('')
  if (parts.length === 0 || joined !== text) {
    throw new InputError(`Invalid ${input} '${value}'. ${hint}`)
  }
  const total = parts.reduce(
    (sum, part) => sum + Number(part[1]) * UNITS_MS[part[2]],
    0
  )
  return checkDuration(input, value, total, limits)
}

function checkDuration(
  input: string,
  value: string,
  ms: number,
  limits: DurationLimits
): number {
  if (!Number.isFinite(ms) || ms < limits.minMs || ms > limits.maxMs) {
    throw new InputError(
      `Invalid ${input} '${value}': it must be between ` +
        `${formatDuration(limits.minMs)} and ${formatDuration(limits.maxMs)}.`
    )
  }
  return Math.round(ms)
}

/** Formats milliseconds for messages: `850ms`, `12s`, `4m05s`, `1h02m`. */
export function formatDuration(ms: number): string {
  if (Math.round(ms) < 1000) return `${Math.round(ms)}ms`
  const seconds = Math.round(ms / 1000)
  if (seconds < 60) return `${seconds}s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) {
    return `${minutes}m${String(seconds % 60).padStart(2, '0')}s`
  }
  const hours = Math.floor(minutes / 60)
  return `${hours}h${String(minutes % 60).padStart(2, '0')}m`
}

/**
 * Checks a password against the rule that the API's pages publish: 8 to 30
 * characters, an upper-case letter, a lower-case letter, a digit and a
 * special character from PASSWORD_SPECIALS, nothing else. Returns a warning
 * when the password has more than one special character, which the older
 * pages forbid.
 */
export function validatePassword(input: string, password: string): string {
  const problems: string[] = []
  if (password.length < 8 || password.length > 30) {
    problems.push(`has ${password.length} characters (8 to 30 are allowed)`)
  }
  if (!/[A-Z]/.test(password)) problems.push('has no upper-case letter')
  if (!/[a-z]/.test(password)) problems.push('has no lower-case letter')
  if (!/[0-9]/.test(password)) problems.push('has no digit')
  const specials = [...password].filter((c) => PASSWORD_SPECIALS.includes(c))
  if (specials.length === 0) {
    problems.push(`has no special character from ${PASSWORD_SPECIALS}`)
  }
  const foreign = [...password].filter(
    (c) => !/[A-Za-z0-9]/.test(c) && !PASSWORD_SPECIALS.includes(c)
  )
  if (foreign.length > 0) {
    problems.push(
      `contains ${foreign.length} character(s) outside letters, digits and ` +
        PASSWORD_SPECIALS
    )
  }
  if (problems.length > 0) {
    throw new InputError(
      `Invalid ${input}: the password ${problems.join(', ')}. ` +
        `Choose one that meets every rule, or leave ${input} empty on create ` +
        `to have a password generated.`
    )
  }
  if (specials.length > 1) {
    return (
      `The ${input} has ${specials.length} special characters; older API ` +
      `versions accept exactly one, so the API may reject it.`
    )
  }
  return ''
}

/**
 * Generates a password that meets every published version of the rule:
 * 20 characters with upper- and lower-case letters, digits and exactly one
 * special character.
 */
export function generatePassword(length = 20): string {
  const upper = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
  const lower = 'abcdefghijkmnopqrstuvwxyz'
  const digits = '23456789'
  const alphanumeric = upper + lower + digits
  const pick = (set: string): string => set[randomInt(set.length)]
  const chars = [pick(upper), pick(lower), pick(digits), pick('!@#*-+=?')]
  while (chars.length < length) chars.push(pick(alphanumeric))
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1)
    ;[chars[i], chars[j]] = [chars[j], chars[i]]
  }
  return chars.join('')
}

export const MAX_NAME_LENGTH = 64

/** Checks the API's hostname rule: letters, digits and `-`, 64 at most. */
export function validateInstanceName(
  input: string,
  name: string,
  maxLength = MAX_NAME_LENGTH
): void {
  const shown = quote(name)
  if (name.length > maxLength) {
    throw new InputError(
      `Invalid ${input} ${shown}: it has ${name.length} characters and at ` +
        `most ${maxLength} are allowed here. Shorten the name.`
    )
  }
  if (!/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(name)) {
    throw new InputError(
      `Invalid ${input} ${shown}: a name may contain only letters, digits ` +
        `and '-', and must start with a letter or digit. Replace other ` +
        `characters (such as '_', '.' or spaces) with '-'.`
    )
  }
}

const ID_PREFIXES: Record<string, string> = {
  'ecs-': 'an instance id',
  'img-': 'an image id',
  'key-': 'an SSH key id',
  'fw-': 'a security group id'
}

/**
 * Checks the form of a resource id. The API publishes no id format, so
 * this rejects only ids that cannot be right: blanks, odd characters, and
 * ids whose prefix names another kind of resource.
 */
export function validateId(
  input: string,
  value: string,
  expectedPrefix: string | null
): void {
  const shown = quote(value)
  if (value.length > 64 || !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(value)) {
    throw new InputError(
      `Invalid ${input} ${shown}: an id contains only letters, digits, ` +
        `'-', '_' and '.', with at most 64 characters.`
    )
  }
  for (const [prefix, kind] of Object.entries(ID_PREFIXES)) {
    if (prefix !== expectedPrefix && value.toLowerCase().startsWith(prefix)) {
      throw new InputError(
        `Invalid ${input} ${shown}: this looks like ${kind}, not ` +
          `${expectedPrefix ? ID_PREFIXES[expectedPrefix] : 'a task id'}.`
      )
    }
  }
}

/** Quotes a value for a message, shortened so that a huge input stays readable. */
export function quote(value: string): string {
  // Control characters would garble the log line; show them as '?'.
  // eslint-disable-next-line no-control-regex
  const printable = value.replace(/[\u0000-\u001f\u007f]/g, '?')
  if (printable.length <= 80) return `'${printable}'`
  return `'${printable.slice(0, 77)}...' (${value.length} characters)`
}
