import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { DeepPartial, Variants } from '../emulator/index.js'
import {
  CREATE_INPUTS,
  PASSWORD,
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

/** Runs every write operation on one server and returns the failures. */
async function fullCycle(
  variant: TestEmulator,
  name: string
): Promise<string[]> {
  const failures: string[] = []
  const check = async (label: string, inputs: Record<string, string>) => {
    const result = await variant.step(inputs)
    if (result.exitCode !== 0) failures.push(`${label}: ${errors(result)}`)
    return result
  }
  const created = await check('create', {
    ...CREATE_INPUTS,
    'instance-name': name
  })
  const id = { 'instance-id': created.outputs['instance-id'] ?? 'missing' }
  if (created.outputs['public-ip'] === '') failures.push('create: no public IP')
  await check('stop', { operation: 'stop', ...id })
  await check('start', { operation: 'start', ...id })
  await check('restart', { operation: 'restart', ...id })
  await check('reinstall', {
    operation: 'reinstall',
    ...id,
    image: 'Ubuntu 22.04'
  })
  await check('reset-password', {
    operation: 'reset-password',
    ...id,
    password: PASSWORD
  })
  await check('get', { operation: 'get', 'instance-name': name })
  await check('delete', { operation: 'delete', ...id })
  return failures
}

const VARIANTS: [string, DeepPartial<Variants>][] = [
  ['HTTP 200 on success', { successStatus: 200 }],
  ['shape A for every ack', { ackShape: 'A' }],
  ['shape B for every ack', { ackShape: 'B' }],
  ['PROCESSING without a result', { runningTask: 'PROCESSING/missing' }],
  ['RUNNING while running', { runningTask: 'RUNNING' }],
  ['bare detail object', { detailWrapper: 'bare' }],
  ['error body for a deleted instance', { missingInstance: 'error-body' }],
  [
    'HTTP 200 error body for a deleted instance',
    {
      missingInstance: 'error-body',
      missingInstanceStatus: 200,
      errorCode: 'number'
    }
  ],
  ['public IP after a delay', { ipDelayMs: 300 }],
  ['pending status after a delay', { pendingDelayMs: 300 }],
  ['transitional power states', { powerState: 'transitional' }],
  ['lists without success field', { listSuccess: 'without' }],
  ['page size clamped', { paging: { overMax: 'clamp' } }],
  [
    'stopped state for every write',
    { requireStopped: { reinstall: true, modifyPassword: true, release: true } }
  ],
  ['running reinstall accepted', { requireStopped: { reinstall: false } }],
  ['optional regionCode', { regionCode: 'optional' }],
  ['at least one special', { passwordSpecial: 'at-least-one' }],
  [
    'numeric error codes and msg',
    { errorCode: 'number', errorText: 'msg', errorSuccess: 'without' }
  ],
  ['optional fields null', { optionalFields: 'null' }],
  ['optional fields absent', { optionalFields: 'absent' }],
  ['second task on repeated release', { duplicateRelease: 'second-task' }],
  ['tasks forgotten at once', { taskExpiryMs: 0 }],
  ['unknown task as HTTP 404', { unknownTask: 'http-404', taskExpiryMs: 0 }]
]

describe('API variants', () => {
  it.each(VARIANTS)('%s', async (label, variants) => {
    const variant = await startEmulator({ variants })
    try {
      const name = `v-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`.slice(
        0,
        40
      )
      expect(await fullCycle(variant, name)).toEqual([])
      const left = variant.emulator.instances()
      expect(left.filter((item) => item.instanceName === name)).toEqual([])
    } finally {
      await variant.emulator.stop()
    }
  })
})

describe('SSH key list shapes', () => {
  it.each([
    ['sshKeys', 'sshKeyUUID'],
    ['keyPairs', 'sshKeyResourceUUID']
  ] as const)('create with key from %s', async (listKey, idField) => {
    env.emulator.reset()
    env.emulator.configure({
      variants: { sshKeyListKey: listKey, sshKeyIdField: idField }
    })
    const keys = await env.step({ operation: 'ssh-keys' })
    const [first] = JSON.parse(keys.outputs.result) as Record<string, string>[]
    const keyName = first.sshKeyName ?? first.keyName
    const result = await env.step({
      ...CREATE_INPUTS,
      'instance-name': `key-${listKey.toLowerCase()}`,
      'ssh-key': keyName
    })
    expect(errors(result)).toBe('')
    const create = env.emulator.calls.find(
      (call) => call.path === '/instance/create'
    )
    const config = (create?.body as { packageConfig: Record<string, unknown> })
      .packageConfig
    expect(config.sshKeyUUID).toBe(first[idField])
    expect(config.password).toBeUndefined()
    expect(result.outputs.password).toBeUndefined()
  })
})

describe('sold-out regions', () => {
  it('finds servers in a hidden region', async () => {
    env.emulator.reset()
    env.emulator.configure({ variants: { soldOutRegions: 'hidden' } })
    const seeded = env.emulator.addInstance({
      instanceName: 'in-sold-out',
      regionCode: 'sau-jeddah-1',
      zoneCode: 'sau-jeddah-1-a'
    })
    const result = await env.step({
      operation: 'get',
      'instance-name': 'in-sold-out',
      region: 'sau-jeddah-1'
    })
    expect(errors(result)).toBe('')
    expect(result.outputs['instance-id']).toBe(seeded.ecsResourceUUID)
  })
})

describe('secrets', () => {
  it('never appear in any output', () => {
    expect(leakedSecrets()).toEqual([])
  })
})
