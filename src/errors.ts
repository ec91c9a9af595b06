import { Input, TOKEN_ENV } from './constants.js'
import { LightNodeApiError, errorMessage } from './client/errors.js'
import { TimeoutError } from './deadline.js'
import { InputError } from './validation.js'
import { TaskFailedError } from './wait.js'

/** Returns a short title for the error annotation. */
export function errorTitle(error: unknown): string {
  if (error instanceof InputError) return 'Invalid input'
  if (error instanceof TimeoutError) return 'Timed out'
  if (error instanceof TaskFailedError) return 'LightNode task failed'
  if (error instanceof LightNodeApiError) {
    if (error.kind === 'timeout') return 'Timed out'
    if (error.kind === 'auth') return 'LightNode token rejected'
    return 'LightNode API error'
  }
  return 'LightNode action failed'
}

/** Builds the message for a failed step, with the next step where known. */
export function describeError(error: unknown): string {
  if (error instanceof LightNodeApiError && error.kind === 'auth') {
    return (
      `The LightNode API rejected the token (${error.message}). The token ` +
      `may be wrong, disabled, expired or revoked. Check the secret passed ` +
      `as ${Input.ApiToken} (or ${TOKEN_ENV}): it must be copied exactly, ` +
      `without spaces. To get a new token, open the LightNode console, ` +
      `Account > Token List, and request one.`
    )
  }
  return errorMessage(error)
}
