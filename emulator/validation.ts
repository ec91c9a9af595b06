/**
 * Checks on request fields: required strings, the hostname rule and the
 * password rule in the selected variant.
 */
import { ApiError } from './errors.js'
import type { Variants } from './options.js'

/** Special characters every page of the documentation allows. */
const specialCharacters = '()~!@#$*-+={}[]:;,.?/'

/** Hostname rule: at most 64 letters, digits or hyphens, no leading hyphen. */
const hostnamePattern = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/

/**
 * Returns the string field `name` of `body`. Throws `<Prefix>.NotNull` when
 * it is missing, null or empty, and `<Prefix>.Malformed` when not a string.
 */
export function requireString(
  body: Record<string, unknown>,
  name: string,
  codePrefix: string
): string {
  const value = body[name]
  if (value === undefined || value === null || value === '') {
    throw new ApiError(`${codePrefix}.NotNull`, `${name} is required`)
  }
  if (typeof value !== 'string') {
    throw new ApiError(`${codePrefix}.Malformed`, `${name} must be a string`)
  }
  return value
}

/** Returns the string field `name`, or null when missing, null or empty. */
export function optionalString(
  body: Record<string, unknown>,
  name: string,
  codePrefix: string
): string | null {
  const value = body[name]
  if (value === undefined || value === null || value === '') return null
  if (typeof value !== 'string') {
    throw new ApiError(`${codePrefix}.Malformed`, `${name} must be a string`)
  }
  return value
}

/** Throws unless `name` satisfies the hostname rule. */
export function checkInstanceName(name: string): void {
  if (!hostnamePattern.test(name)) {
    throw new ApiError(
      'InvalidInstanceName.Malformed',
      `instanceName "${name}" is invalid: use at most 64 letters, digits or ` +
        'hyphens, not starting with a hyphen'
    )
  }
}

function passwordProblem(password: string, variants: Variants): string | null {
  if (password.length < 8 || password.length > 30) {
    return 'it must be 8 to 30 characters long'
  }
  if (
    !/[A-Z]/.test(password) ||
    !/[a-z]/.test(password) ||
    !/[0-9]/.test(password)
  ) {
    return 'it must contain an upper-case letter, a lower-case letter and a digit'
  }
  const specials =
    variants.backtick === 'accepted'
      ? specialCharacters + '`'
      : specialCharacters
  let specialCount = 0
  for (const char of password) {
    if (specials.includes(char)) {
      specialCount++
    } else if (!/[A-Za-z0-9]/.test(char)) {
      return `it contains the character "${char}", which is not allowed`
    }
  }
  if (specialCount === 0) {
    return `it must contain a special character from ${specials}`
  }
  if (variants.passwordSpecial === 'exactly-one' && specialCount > 1) {
    return `it must contain exactly one special character from ${specials}`
  }
  return null
}

/** Throws `InvalidPassword.Malformed` unless the password fits the rule. */
export function checkPassword(password: string, variants: Variants): void {
  const problem = passwordProblem(password, variants)
  if (problem !== null) {
    throw new ApiError(
      'InvalidPassword.Malformed',
      `password is invalid: ${problem}`
    )
  }
}
