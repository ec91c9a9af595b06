import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import { DEFAULT_API_URL, TOKEN_ENV } from '../src/constants.js'
import { readSettings, type Settings } from '../src/inputs.js'
import { InputError } from '../src/validation.js'

const TOKEN = 'tok-7Qx2vL9pWm'
const ORIGINAL_ENV = { ...process.env }

type Inputs = Record<string, string>

/** Returns the variable that @actions/core reads for an input, hyphens kept. */
function variable(name: string): string {
  return `INPUT_${name.toUpperCase()}`
}

function clearInputs(): void {
  for (const key of Object.keys(process.env)) {
    if (key.startsWith('INPUT_') || key === TOKEN_ENV) delete process.env[key]
  }
}

/** Sets the inputs, with the test token unless `inputs` overrides it. */
function read(inputs: Inputs): Settings {
  for (const [name, value] of Object.entries({
    'api-token': TOKEN,
    ...inputs
  })) {
    process.env[variable(name)] = value
  }
  return readSettings()
}

function readError(inputs: Inputs): InputError {
  try {
    read(inputs)
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected readSettings to reject the inputs')
}

const CREATE: Inputs = {
  operation: 'create',
  'instance-name': 'pr-42-app',
  region: 'ru-moscow-1',
  package: '2c4g',
  image: 'Debian 12'
}

beforeEach(clearInputs)

afterAll(() => {
  clearInputs()
  Object.assign(process.env, ORIGINAL_ENV)
})

describe('readSettings defaults', () => {
  it.each<[keyof Settings, unknown]>([
    ['operation', 'list'],
    ['token', TOKEN],
    ['apiUrl', DEFAULT_API_URL],
    ['imageType', 'System'],
    ['force', false],
    ['wait', true],
    ['timeoutMs', 900_000],
    ['pollIntervalMs', 5000],
    ['requestTimeoutMs', 30_000],
    ['maxRetries', 5],
    ['ifExists', 'reuse'],
    ['ifMissing', 'fail'],
    ['cleanup', 'never'],
    ['cleanupExplicit', false],
    ['count', 1],
    ['dryRun', false],
    ['waitForPorts', []],
    ['olderThanMs', undefined],
    ['warnings', []],
    ['instanceId', undefined],
    ['region', undefined]
  ])('sets %s', (field, expected) => {
    expect(read({ operation: 'list' })[field]).toEqual(expected)
  })

  it('ignores missing instances on delete', () => {
    const settings = read({ operation: 'delete', 'instance-id': 'ecs-1' })

    expect(settings.ifMissing).toBe('ignore')
  })

  it('dry-runs prune by default', () => {
    const settings = read({
      operation: 'prune',
      'name-prefix': 'pr-',
      'older-than': '24h'
    })

    expect(settings.dryRun).toBe(true)
    expect(settings.olderThanMs).toBe(86_400_000)
  })

  it('marks an explicit cleanup', () => {
    const settings = read({ ...CREATE, cleanup: 'never' })

    expect(settings.cleanupExplicit).toBe(true)
  })
})

describe('readSettings required inputs', () => {
  it('accepts a complete create', () => {
    const settings = read(CREATE)

    expect(settings.instanceName).toBe('pr-42-app')
    expect(settings.region).toBe('ru-moscow-1')
    expect(settings.packageSpec).toBe('2c4g')
    expect(settings.image).toBe('Debian 12')
  })

  it.each(['instance-name', 'region', 'package', 'image'])(
    'create needs %s',
    (name) => {
      const inputs = { ...CREATE }
      delete inputs[name]
      const error = readError(inputs)

      expect(error.message).toContain(`Missing input ${name}`)
      expect(error.message).toContain("operation 'create'")
    }
  )

  it.each<[string, Inputs, string]>([
    ['reinstall', { 'instance-id': 'ecs-lg00007dyz7g' }, 'image'],
    ['wait-task', {}, 'task-id'],
    ['prune', { 'older-than': '24h' }, 'name-prefix'],
    ['prune', { 'name-prefix': 'pr-' }, 'older-than'],
    ['packages', {}, 'region'],
    ['images', {}, 'region'],
    ['security-groups', {}, 'region'],
    ['start', {}, 'instance-id'],
    ['get', {}, 'instance-id']
  ])('%s needs %s', (operation, inputs, missing) => {
    const error = readError({ operation, ...inputs })

    expect(error.message).toContain(`Missing input ${missing}`)
  })

  it.each<[string, Inputs]>([
    ['reinstall', { 'instance-id': 'ecs-lg00007dyz7g', image: 'Debian 12' }],
    ['wait-task', { 'task-id': 'cm00007dyzds' }],
    ['packages', { region: 'ru-moscow-1' }],
    ['get', { 'instance-name': 'web-1' }],
    ['stop', { 'name-prefix': 'pr-' }],
    ['regions', {}],
    ['ssh-keys', {}]
  ])('accepts complete %s', (operation, inputs) => {
    expect(read({ operation, ...inputs }).operation).toBe(operation)
  })

  it('rejects instance-id on create', () => {
    const error = readError({ ...CREATE, 'instance-id': 'ecs-lg00007dyz7g' })

    expect(error.message).toContain(
      "Invalid input instance-id for operation 'create'"
    )
  })
})

describe('readSettings token', () => {
  it('reads the api-token input', () => {
    expect(read({ operation: 'regions' }).token).toBe(TOKEN)
  })

  it('falls back to the environment', () => {
    process.env[TOKEN_ENV] = 'env-token-8Kd'

    expect(read({ operation: 'regions', 'api-token': '' }).token).toBe(
      'env-token-8Kd'
    )
  })

  it('prefers the input over the environment', () => {
    process.env[TOKEN_ENV] = 'env-token-8Kd'

    expect(read({ operation: 'regions' }).token).toBe(TOKEN)
  })

  it('rejects a missing token', () => {
    const error = readError({ operation: 'regions', 'api-token': '' })

    expect(error.message).toContain('Missing input api-token')
    expect(error.message).toContain(TOKEN_ENV)
  })

  it('rejects white space in the input', () => {
    const token = 'tok-7Qx2 vL9pWm'
    const error = readError({ operation: 'regions', 'api-token': token })

    expect(error.message).toContain('Invalid api-token')
    expect(error.message).toContain('white space')
    expect(error.message).not.toContain('7Qx2')
  })

  it('rejects a line break from the environment', () => {
    process.env[TOKEN_ENV] = 'env-token-8Kd\n'
    const error = readError({ operation: 'regions', 'api-token': '' })

    expect(error.message).toContain('Invalid api-token')
    expect(error.message).not.toContain('env-token-8Kd')
  })
})

describe('readSettings api-url', () => {
  it.each([
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
    ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080'],
    ['http://localhost:3000', 'http://localhost:3000'],
    ['https://openapi.lightnode.com/', 'https://openapi.lightnode.com'],
    [
      'https://proxy.example.com/lightnode/',
      'https://proxy.example.com/lightnode'
    ]
  ])('accepts %s', (value, expected) => {
    expect(read({ operation: 'regions', 'api-url': value }).apiUrl).toBe(
      expected
    )
  })

  it('rejects an IPv6 address', () => {
    expect(() =>
      read({ operation: 'regions', 'api-url': 'http://[::1]:8080' })
    ).toThrow('IPv6 addresses are not supported')
  })

  it.each([
    'http://example.com',
    'http://10.0.0.5:8080',
    'http://localhost.example.com',
    'http://127.0.0.1.example.com',
    'ftp://openapi.lightnode.com',
    'https://user:pass@openapi.lightnode.com',
    'https://openapi.lightnode.com/?region=x',
    'https://openapi.lightnode.com/#top',
    'openapi.lightnode.com',
    'not a url'
  ])('rejects %s', (value) => {
    const error = readError({ operation: 'regions', 'api-url': value })

    expect(error.message).toContain('Invalid api-url')
    expect(error.message).not.toContain(TOKEN)
  })

  it('keeps URL credentials out of the error', () => {
    const error = readError({
      operation: 'regions',
      'api-url': 'https://deploy:s3cr3t-Pw9@openapi.lightnode.com'
    })

    expect(error.message).not.toContain('s3cr3t-Pw9')
  })
})

describe('readSettings targets', () => {
  it('rejects instance-id with instance-name', () => {
    const error = readError({
      operation: 'get',
      'instance-id': 'ecs-lg00007dyz7g',
      'instance-name': 'web-1'
    })

    expect(error.message).toContain('Conflicting inputs')
    expect(error.message).toContain('instance-id')
    expect(error.message).toContain('instance-name')
  })

  it('rejects name-prefix on get', () => {
    const error = readError({ operation: 'get', 'name-prefix': 'pr-' })

    expect(error.message).toContain(
      "Invalid input name-prefix for operation 'get'"
    )
  })

  it('rejects an image id as instance-id', () => {
    const error = readError({
      operation: 'start',
      'instance-id': 'img-rh0000743phm'
    })

    expect(error.message).toContain("Invalid instance-id 'img-rh0000743phm'")
  })

  it('rejects a zone without region', () => {
    const error = readError({ operation: 'list', zone: 'ru-moscow-1-a' })

    expect(error.message).toContain('Missing input region')
    expect(error.message).toContain("zone 'ru-moscow-1-a'")
  })

  it('shortens the name limit for count', () => {
    const error = readError({
      ...CREATE,
      count: '20',
      'instance-name': 'x'.repeat(62)
    })

    expect(error.message).toContain('at most 61')
  })
})

describe('readSettings values', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false]
  ])('reads force %s', (value, expected) => {
    const settings = read({
      operation: 'stop',
      'instance-id': 'ecs-1',
      force: value
    })

    expect(settings.force).toBe(expected)
  })

  it.each(['yes', 'no', '1', 'on', 'tRUE'])('rejects boolean %j', (value) => {
    const error = readError({ operation: 'list', wait: value })

    expect(error.message).toContain(`Invalid wait '${value}'`)
    expect(error.message).toContain('Use true or false')
  })

  it.each([
    ['1', 1],
    ['20', 20]
  ])('accepts count %s', (value, expected) => {
    expect(read({ ...CREATE, count: value }).count).toBe(expected)
  })

  it.each(['0', '21', '1.5', '-1', 'two'])('rejects count %j', (value) => {
    const error = readError({ ...CREATE, count: value })

    expect(error.message).toContain(`Invalid count '${value}'`)
    expect(error.message).toContain('from 1 to 20')
  })

  it.each<[string, number[]]>([
    ['22', [22]],
    ['22,80', [22, 80]],
    ['22 , 80', [22, 80]],
    ['22,22', [22]],
    ['1,65535', [1, 65535]]
  ])('reads wait-for-port %j', (value, expected) => {
    const settings = read({ ...CREATE, 'wait-for-port': value })

    expect(settings.waitForPorts).toEqual(expected)
  })

  it.each(['0', '65536', 'ssh', '22;80', '22,', '-22'])(
    'rejects wait-for-port %j',
    (value) => {
      const error = readError({ ...CREATE, 'wait-for-port': value })

      expect(error.message).toContain(`Invalid wait-for-port '${value}'`)
    }
  )

  it.each([
    ['timeout', '10x'],
    ['poll-interval', '5ms'],
    ['request-timeout', '50ms'],
    ['older-than', '30s']
  ])('rejects %s %j', (name, value) => {
    const error = readError({
      operation: 'prune',
      'name-prefix': 'pr-',
      'older-than': '24h',
      [name]: value
    })

    expect(error.message).toContain(`Invalid ${name} '${value}'`)
  })

  it.each([
    ['image-type', 'system'],
    ['if-exists', 'keep'],
    ['cleanup', 'sometimes']
  ])('rejects %s %j', (name, value) => {
    const error = readError({ ...CREATE, [name]: value })

    expect(error.message).toContain(`Invalid ${name} '${value}'`)
    expect(error.message).toContain('Use one of')
  })
})

describe('readSettings operation', () => {
  it('rejects a missing operation', () => {
    const error = readError({})

    expect(error.message).toContain('Missing input operation')
  })

  it('hints at lower case', () => {
    const error = readError({ ...CREATE, operation: 'Create' })

    expect(error.message).toContain("Invalid operation 'Create'")
    expect(error.message).toContain("use 'create'")
  })

  it('lists operations for unknown ones', () => {
    const error = readError({ operation: 'launch' })

    expect(error.message).toContain("Invalid operation 'launch'")
    expect(error.message).toContain('reset-password')
  })
})

describe('readSettings password', () => {
  it('rejects a broken password', () => {
    const password = 'Qwer7890`x'
    const error = readError({ ...CREATE, password })

    expect(error.message).toContain('Invalid password')
    expect(error.message).not.toContain(password)
    expect(error.message).not.toContain(TOKEN)
  })

  it('warns about two specials', () => {
    const password = 'Qwer7890@!'
    const settings = read({ ...CREATE, password })

    expect(settings.warnings).toHaveLength(1)
    expect(settings.warnings[0]).toContain('2 special characters')
    expect(settings.warnings[0]).not.toContain(password)
  })

  it.each<[string, Inputs]>([
    ['a missing input', { operation: 'create' }],
    ['a bad count', { ...CREATE, count: '99' }],
    ['a bad boolean', { ...CREATE, wait: 'yes' }],
    ['a bad duration', { ...CREATE, timeout: 'soon' }],
    ['a bad URL', { ...CREATE, 'api-url': 'http://example.com' }]
  ])('keeps secrets out of %s', (_label, inputs) => {
    const password = 'Qwer7890@zz'
    const error = readError({ ...inputs, password })

    expect(error.message).not.toContain(TOKEN)
    expect(error.message).not.toContain(password)
  })
})
