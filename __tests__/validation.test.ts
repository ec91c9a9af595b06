import { describe, expect, it } from '@jest/globals'
import {
  InputError,
  PASSWORD_SPECIALS,
  formatDuration,
  generatePassword,
  parseDuration,
  validateId,
  validateInstanceName,
  validatePassword
} from '../src/validation.js'

const LIMITS = { minMs: 1000, maxMs: 24 * 3_600_000 }

/** Runs `action` and returns the InputError it throws. */
function inputError(action: () => unknown): InputError {
  try {
    action()
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError, but nothing was thrown')
}

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000],
    ['10m', 600_000],
    ['1h', 3_600_000],
    ['1h30m', 5_400_000],
    ['1m30s', 90_000],
    ['1500ms', 1500],
    ['120', 120_000],
    ['1.5h', 5_400_000],
    ['2.5', 2500],
    ['10M', 600_000],
    [' 90s ', 90_000]
  ])('parses %j', (value, expected) => {
    expect(parseDuration('timeout', value, LIMITS)).toBe(expected)
  })

  it('parses milliseconds below one second', () => {
    const limits = { minMs: 10, maxMs: 60_000 }

    expect(parseDuration('poll-interval', '500ms', limits)).toBe(500)
  })

  it.each(['', 'abc', '-5s', '10x', 's', '5 s', '1e3', '1h-30m'])(
    'rejects %j as invalid',
    (value) => {
      const error = inputError(() => parseDuration('timeout', value, LIMITS))

      expect(error.message).toContain(`Invalid timeout '${value}'`)
      expect(error.message).toContain('90s, 10m or 1h')
    }
  )

  it.each(['0s', '0', '999ms'])('rejects %j below minimum', (value) => {
    const error = inputError(() => parseDuration('timeout', value, LIMITS))

    expect(error.message).toContain(`Invalid timeout '${value}'`)
    expect(error.message).toContain('between 1s and 24h00m')
  })

  it.each(['25h', '9999999h', '1' + '0'.repeat(400)])(
    'rejects absurd value %#',
    (value) => {
      const error = inputError(() => parseDuration('timeout', value, LIMITS))

      expect(error.message).toContain('Invalid timeout')
      expect(error.message).toContain('between 1s and 24h00m')
    }
  )

  it('accepts both limits exactly', () => {
    expect(parseDuration('timeout', '1s', LIMITS)).toBe(1000)
    expect(parseDuration('timeout', '24h', LIMITS)).toBe(86_400_000)
  })
})

describe('formatDuration', () => {
  it.each([
    [0, '0ms'],
    [850, '850ms'],
    [1000, '1s'],
    [12_000, '12s'],
    [59_000, '59s'],
    [60_000, '1m00s'],
    [245_000, '4m05s'],
    [3_600_000, '1h00m'],
    [3_720_000, '1h02m'],
    [86_400_000, '24h00m']
  ])('formats %d ms', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected)
  })

  it('rounds 999.6 ms to 1s', () => {
    expect(formatDuration(999.6)).toBe('1s')
  })
})

describe('validatePassword', () => {
  it.each(['Abcd1234@', 'Pass44323@2', 'Zz9(' + 'a'.repeat(26)])(
    'accepts %j without warning',
    (password) => {
      expect(validatePassword('password', password)).toBe('')
    }
  )

  it.each([
    ['Ab1@xyz', 'has 7 characters (8 to 30 are allowed)'],
    ['Ab1@' + 'x'.repeat(27), 'has 31 characters (8 to 30 are allowed)'],
    ['qwer7890@', 'has no upper-case letter'],
    ['QWER7890@', 'has no lower-case letter'],
    ['Qwertyui@', 'has no digit'],
    ['Qwer78901', `has no special character from ${PASSWORD_SPECIALS}`],
    ['Qwer7890@`', 'contains 1 character(s) outside'],
    ['Qwer7890@é', 'contains 1 character(s) outside'],
    ['Qwer 7890@', 'contains 1 character(s) outside'],
    ['Qwer7890@%&', 'contains 2 character(s) outside']
  ])('rejects %j', (password, rule) => {
    const error = inputError(() => validatePassword('password', password))

    expect(error.message).toContain(rule)
    expect(error.message).toContain('Invalid password')
  })

  it.each(['Ab1@xyz', 'qwer7890@', 'Qwer78901', 'Qwer7890@`', 'Sécret12@'])(
    'keeps %j out of the error',
    (password) => {
      const error = inputError(() => validatePassword('password', password))

      expect(error.message).not.toContain(password)
    }
  )

  it('lists every broken rule', () => {
    const error = inputError(() => validatePassword('password', 'abc'))

    expect(error.message).toContain('has 3 characters')
    expect(error.message).toContain('has no upper-case letter')
    expect(error.message).toContain('has no digit')
    expect(error.message).toContain('has no special character')
  })

  it('warns about two specials', () => {
    const password = 'Qwer7890@!'
    const warning = validatePassword('password', password)

    expect(warning).toContain('2 special characters')
    expect(warning).toContain('password')
    expect(warning).not.toContain(password)
  })
})

describe('generatePassword', () => {
  const samples = Array.from({ length: 1000 }, () => generatePassword())
  const specialsOf = (password: string): string[] =>
    [...password].filter((c) => !/[A-Za-z0-9]/.test(c))

  it('gives 20 characters', () => {
    expect(samples.filter((p) => p.length !== 20)).toEqual([])
  })

  it('includes an upper-case letter', () => {
    expect(samples.filter((p) => !/[A-Z]/.test(p))).toEqual([])
  })

  it('includes a lower-case letter', () => {
    expect(samples.filter((p) => !/[a-z]/.test(p))).toEqual([])
  })

  it('includes a digit', () => {
    expect(samples.filter((p) => !/[0-9]/.test(p))).toEqual([])
  })

  it('includes exactly one special', () => {
    expect(samples.filter((p) => specialsOf(p).length !== 1)).toEqual([])
  })

  it('uses specials from the safe set', () => {
    const unsafe = samples.filter(
      (p) => !specialsOf(p).every((c) => PASSWORD_SPECIALS.includes(c))
    )

    expect(unsafe).toEqual([])
  })

  it('passes validatePassword without warning', () => {
    const warned = samples.filter((p) => validatePassword('password', p) !== '')

    expect(warned).toEqual([])
  })

  it('differs between calls', () => {
    expect(new Set(samples).size).toBe(samples.length)
  })

  it('honours a custom length', () => {
    const password = generatePassword(8)

    expect(password).toHaveLength(8)
    expect(validatePassword('password', password)).toBe('')
  })
})

describe('validateInstanceName', () => {
  it.each([
    ['a hyphenated name', 'pr-42-my-app'],
    ['one letter', 'A'],
    ['a leading digit', '9lives'],
    ['64 characters', 'x'.repeat(64)]
  ])('accepts %s', (_label, name) => {
    expect(() => validateInstanceName('instance-name', name)).not.toThrow()
  })

  it('rejects 65 characters', () => {
    const name = 'x'.repeat(65)
    const error = inputError(() => validateInstanceName('instance-name', name))

    expect(error.message).toContain('Invalid instance-name')
    expect(error.message).toContain('has 65 characters')
    expect(error.message).toContain('at most 64')
  })

  it('honours a lower maximum', () => {
    const name = 'x'.repeat(62)
    const error = inputError(() =>
      validateInstanceName('instance-name', name, 61)
    )

    expect(error.message).toContain('at most 61')
  })

  it.each(['my_app', '-app', 'app.test', 'my app', 'café', 'サーバー', ''])(
    'rejects %j',
    (name) => {
      const error = inputError(() =>
        validateInstanceName('instance-name', name)
      )

      expect(error.message).toContain(`Invalid instance-name '${name}'`)
      expect(error.message).toContain("letters, digits and '-'")
    }
  )
})

describe('validateId', () => {
  it.each([
    ['ecs-lg00007dyz7g', 'ecs-'],
    ['lg00007dyz7g', 'ecs-'],
    ['img-rh0000743phm', 'img-'],
    ['key-abc123', 'key-'],
    ['fw-abc123', 'fw-'],
    ['cm00007dyzds', null]
  ])('accepts %j for prefix %j', (value, prefix) => {
    expect(() => validateId('id', value, prefix)).not.toThrow()
  })

  it.each([
    ['img-rh0000743phm', 'ecs-', 'an image id, not an instance id'],
    ['key-abc123', 'ecs-', 'an SSH key id, not an instance id'],
    ['fw-abc123', 'ecs-', 'a security group id, not an instance id'],
    ['ECS-lg00007dyz7g', 'img-', 'an instance id, not an image id'],
    ['ecs-lg00007dyz7g', null, 'an instance id, not a task id']
  ])('rejects %j for prefix %j', (value, prefix, reason) => {
    const error = inputError(() => validateId('instance-id', value, prefix))

    expect(error.message).toContain(`Invalid instance-id '${value}'`)
    expect(error.message).toContain(reason)
  })

  it.each([
    ['an inner space', 'ecs-lg00007dyz7g extra'],
    ['a leading space', ' ecs-lg00007dyz7g'],
    ['JSON', '{"ecsResourceUUID":"ecs-lg00007dyz7g"}'],
    ['a leading hyphen', '-ecs'],
    ['an empty id', ''],
    ['65 characters', 'x'.repeat(65)]
  ])('rejects %s', (_label, value) => {
    const error = inputError(() => validateId('instance-id', value, 'ecs-'))

    expect(error.message).toContain('Invalid instance-id')
    expect(error.message).toContain('at most 64 characters')
  })

  it('shortens a huge value', () => {
    const value = '[' + '"ecs-lg00007dyz7g",'.repeat(20) + ']'
    const error = inputError(() => validateId('instance-id', value, 'ecs-'))

    expect(error.message).toContain(`(${value.length} characters)`)
    expect(error.message).not.toContain(value)
  })

  it('replaces control characters', () => {
    const error = inputError(() =>
      validateId('instance-id', 'ecs-1\nfoo', 'ecs-')
    )

    expect(error.message).toContain("'ecs-1?foo'")
  })
})
