import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  CREATE_INPUTS,
  PASSWORD,
  TOKEN,
  errors,
  leakedSecrets,
  startEmulator,
  type TestEmulator
} from './helpers/e2e.js'

let env: TestEmulator

beforeAll(async () => {
  env = await startEmulator()
})

afterAll(async () => {
  await env.emulator.stop()
})

const GET = { operation: 'get', 'instance-id': 'ecs-lg00007dyz7g' }
const CREATE = { ...CREATE_INPUTS, 'instance-name': 'bad-input' }
const LONG = 'a'.repeat(65)

/** Each row: what is wrong, the inputs, and text the error must contain. */
const CASES: [string, Record<string, string>, string][] = [
  ['empty operation', { operation: '' }, 'Missing input operation'],
  ['whitespace operation', { operation: '   ' }, 'Missing input operation'],
  [
    'unknown operation',
    { operation: 'destroy' },
    "Invalid operation 'destroy'"
  ],
  ['operation in upper case', { operation: 'CREATE' }, "use 'create'"],
  ['operation in mixed case', { operation: 'Stop' }, "use 'stop'"],
  [
    'operation with JSON',
    { operation: '{"op":"create"}' },
    'Invalid operation'
  ],
  ['missing token', { ...GET, 'api-token': '' }, 'Missing input api-token'],
  ['token with a space', { ...GET, 'api-token': 'abc def' }, 'white space'],
  [
    'plain http to a remote host',
    { ...GET, 'api-url': 'http://openapi.example.com' },
    'https://'
  ],
  [
    'token with non-ASCII',
    { ...GET, 'api-token': 'Tok€n-123' },
    'visible ASCII'
  ],
  [
    'token far too long',
    { ...GET, 'api-token': 'x'.repeat(5000) },
    'at most 4096'
  ],
  [
    'api-url with an empty query',
    { ...GET, 'api-url': 'http://127.0.0.1:9/?' },
    'without credentials, query'
  ],
  [
    'api-url with a fragment',
    { ...GET, 'api-url': 'http://127.0.0.1:9/#x' },
    'without credentials, query'
  ],
  ['api-url not a URL', { ...GET, 'api-url': 'not a url' }, 'is not a URL'],
  [
    'api-url with credentials',
    { ...GET, 'api-url': 'https://user:pw@example.com' },
    'without credentials'
  ],
  ['api-url over ftp', { ...GET, 'api-url': 'ftp://127.0.0.1' }, 'https://'],
  ['timeout negative', { ...GET, timeout: '-5s' }, "Invalid timeout '-5s'"],
  ['timeout zero', { ...GET, timeout: '0' }, "Invalid timeout '0'"],
  ['timeout absurd', { ...GET, timeout: '900h' }, 'between'],
  ['timeout unit unknown', { ...GET, timeout: '10x' }, "Invalid timeout '10x'"],
  ['timeout words', { ...GET, timeout: 'ten minutes' }, 'Invalid timeout'],
  [
    'poll-interval too short',
    { ...GET, 'poll-interval': '1ms' },
    'Invalid poll-interval'
  ],
  [
    'request-timeout empty unit',
    { ...GET, 'request-timeout': 's' },
    'Invalid request-timeout'
  ],
  [
    'max-retries negative',
    { ...GET, 'max-retries': '-1' },
    'Invalid max-retries'
  ],
  [
    'max-retries huge',
    { ...GET, 'max-retries': '1000' },
    'Invalid max-retries'
  ],
  ['wait not boolean', { ...GET, wait: 'yes' }, "Invalid wait 'yes'"],
  ['force not boolean', { ...GET, force: '1' }, "Invalid force '1'"],
  ['dry-run not boolean', { ...GET, 'dry-run': 'maybe' }, 'Invalid dry-run'],
  [
    'image id as instance-id',
    { operation: 'get', 'instance-id': 'img-rh0000743phm' },
    'looks like an image id'
  ],
  [
    'key id as instance-id',
    { operation: 'stop', 'instance-id': 'key-abc' },
    'looks like an SSH key id'
  ],
  [
    'instance-id with spaces',
    { operation: 'get', 'instance-id': 'ecs lg00007dyz7g' },
    'Invalid instance-id'
  ],
  [
    'instance-id with JSON',
    { operation: 'get', 'instance-id': '{"id":1}' },
    'Invalid instance-id'
  ],
  [
    'instance-id very long',
    { operation: 'get', 'instance-id': `ecs-${'a'.repeat(5000)}` },
    'at most 64'
  ],
  [
    'id and name together',
    { ...GET, 'instance-name': 'web' },
    'Conflicting inputs'
  ],
  [
    'name and prefix together',
    { operation: 'stop', 'instance-name': 'web', 'name-prefix': 'w' },
    'Conflicting inputs'
  ],
  [
    'prefix on get',
    { operation: 'get', 'name-prefix': 'pr-' },
    'Invalid input name-prefix'
  ],
  ['get without a target', { operation: 'get' }, 'Missing input instance-id'],
  [
    'name over 64 characters',
    { ...CREATE, 'instance-name': LONG },
    'at most 64'
  ],
  [
    'name with underscore',
    { ...CREATE, 'instance-name': 'web_1' },
    "Invalid instance-name 'web_1'"
  ],
  [
    'name with leading hyphen',
    { ...CREATE, 'instance-name': '-web' },
    'must start with a letter or digit'
  ],
  [
    'name with unicode',
    { ...CREATE, 'instance-name': 'wéb' },
    'Invalid instance-name'
  ],
  [
    'name with a dot',
    { ...CREATE, 'instance-name': 'web.example' },
    'Invalid instance-name'
  ],
  [
    'name too long for count',
    { ...CREATE, 'instance-name': 'a'.repeat(63), count: '3' },
    'at most 62'
  ],
  ['create without name', { ...CREATE_INPUTS }, 'Missing input instance-name'],
  ['create without region', { ...CREATE, region: '' }, 'Missing input region'],
  [
    'create without package',
    { ...CREATE, package: '' },
    'Missing input package'
  ],
  ['create without image', { ...CREATE, image: '' }, 'Missing input image'],
  [
    'create with instance-id',
    { ...CREATE, 'instance-id': 'ecs-lg00007dyz7g' },
    'the API assigns the id'
  ],
  [
    'zone without region',
    { operation: 'list', zone: 'ru-moscow-1-a' },
    'Missing input region'
  ],
  ['count zero', { ...CREATE, count: '0' }, 'Invalid count'],
  ['count absurd', { ...CREATE, count: '500' }, 'Invalid count'],
  ['password too short', { ...CREATE, password: 'Ab1!' }, 'has 4 characters'],
  [
    'password too long',
    { ...CREATE, password: `Ab1!${'x'.repeat(40)}` },
    'characters (8 to 30'
  ],
  [
    'password without upper case',
    { ...CREATE, password: 'abcdef1!' },
    'no upper-case letter'
  ],
  [
    'password without lower case',
    { ...CREATE, password: 'ABCDEF1!' },
    'no lower-case letter'
  ],
  ['password without digit', { ...CREATE, password: 'Abcdefg!' }, 'no digit'],
  [
    'password without special',
    { ...CREATE, password: 'Abcdefg1' },
    'no special character'
  ],
  [
    'password with backtick',
    { ...CREATE, password: 'Abcdef1!`' },
    'outside letters'
  ],
  [
    'password with unicode',
    { ...CREATE, password: 'Abcdéf1!' },
    'outside letters'
  ],
  [
    'if-exists unknown',
    { ...CREATE, 'if-exists': 'overwrite' },
    "Invalid if-exists 'overwrite'"
  ],
  [
    'if-missing unknown',
    { ...GET, 'if-missing': 'skip' },
    'Invalid if-missing'
  ],
  ['cleanup unknown', { ...CREATE, cleanup: 'sometimes' }, 'Invalid cleanup'],
  [
    'image-type wrong case',
    { operation: 'images', region: 'ru-moscow-1', 'image-type': 'system' },
    'Invalid image-type'
  ],
  [
    'wait-for-port not a port',
    { ...CREATE, 'wait-for-port': 'ssh' },
    'Invalid wait-for-port'
  ],
  [
    'wait-for-port out of range',
    { ...CREATE, 'wait-for-port': '70000' },
    'Invalid wait-for-port'
  ],
  [
    'wait-task without task-id',
    { operation: 'wait-task' },
    'Missing input task-id'
  ],
  [
    'task-id that is an instance id',
    { operation: 'wait-task', 'task-id': 'ecs-lg00007dyz7g' },
    'looks like an instance id'
  ],
  [
    'reinstall without image',
    { operation: 'reinstall', 'instance-id': 'ecs-lg00007dyz7g' },
    'Missing input image'
  ],
  [
    'prune without prefix',
    { operation: 'prune', 'older-than': '24h' },
    'Missing input name-prefix'
  ],
  [
    'prune without age',
    { operation: 'prune', 'name-prefix': 'pr-' },
    'Missing input older-than'
  ],
  [
    'prune age too short',
    { operation: 'prune', 'name-prefix': 'pr-', 'older-than': '5s' },
    'Invalid older-than'
  ],
  ['images without region', { operation: 'images' }, 'Missing input region']
]

describe('bad inputs', () => {
  it.each(CASES)('%s', async (_, inputs, expected) => {
    const before = env.emulator.calls.length
    const result = await env.step({ ...inputs })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toContain(expected)
    expect(errors(result)).toContain('title=Invalid input')
    expect(env.emulator.calls.length).toBe(before)
  })

  it('has at least forty cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40)
  })

  it('never shows a bad password', async () => {
    const result = await env.step({ ...CREATE, password: 'Secret-Pw-Bad' })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).not.toContain('Secret-Pw-Bad')
  })

  it('warns about two special characters', async () => {
    const result = await env.step({
      ...CREATE,
      password: PASSWORD.replace('q', '!'),
      'dry-run': 'true'
    })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain('special characters')
  })

  it('never shows the token', () => {
    expect(leakedSecrets([TOKEN, 'Secret-Pw-Bad', 'abc def'])).toEqual([])
  })
})
