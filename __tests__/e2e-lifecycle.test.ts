import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  CREATE_INPUTS,
  PASSWORD,
  TOKEN,
  allSteps,
  errors,
  leakedSecrets,
  startEmulator,
  type TestEmulator
} from './helpers/e2e.js'

let env: TestEmulator
let instanceId = ''
let generatedPassword = ''

beforeAll(async () => {
  env = await startEmulator()
})

afterAll(async () => {
  await env.emulator.stop()
})

function record(id: string) {
  return env.emulator.instances().find((item) => item.ecsResourceUUID === id)
}

function callsTo(path: string) {
  return env.emulator.calls.filter((call) => call.path === path)
}

describe('lifecycle through dist/index.js', () => {
  it('creates a server and outputs it', async () => {
    const result = await env.step({
      ...CREATE_INPUTS,
      'instance-name': 'life-1'
    })
    expect(errors(result)).toBe('')
    expect(result.exitCode).toBe(0)
    instanceId = result.outputs['instance-id']
    expect(instanceId).toMatch(/^ecs-/)
    expect(result.outputs['instance-name']).toBe('life-1')
    expect(result.outputs.status).toBe('STARTED')
    expect(result.outputs['public-ip']).toMatch(/^127\./)
    expect(result.outputs['private-ip']).not.toBe('')
    expect(result.outputs.region).toBe('ru-moscow-1')
    expect(result.outputs.zone).toBe('ru-moscow-1-a')
    expect(result.outputs['task-id']).toMatch(/^[a-z0-9]{12}$/)
    expect(result.outputs['task-result']).toBe('SUCCESS')
    expect(result.outputs.created).toBe('true')
    expect(JSON.parse(result.outputs.instance).ecsResourceUUID).toBe(instanceId)
    generatedPassword = result.outputs.password
    expect(result.stdout).toContain(`::add-mask::${generatedPassword}`)
    expect(record(instanceId)?.ecsStatus).toBe('STARTED')
  })

  it('sends the documented create body', () => {
    const [call] = callsTo('/instance/create')
    const config = (call.body as { packageConfig: Record<string, unknown> })
      .packageConfig
    expect(call.headers['x-open-token']).toBe(TOKEN)
    expect(call.headers['content-type']).toContain('application/json')
    expect(config.instanceName).toBe('life-1')
    expect(config.regionCode).toBe('ru-moscow-1')
    expect(config.zoneCode).toBe('ru-moscow-1-a')
    expect(config.packageCode).toBe('ru-moscow-1-a-2c4g')
    expect(String(config.imageResourceUUID)).toMatch(/^img-/)
    expect(config.password).toBe(generatedPassword)
  })

  it('generates a password meeting every rule', () => {
    expect(generatedPassword).toHaveLength(20)
    expect(generatedPassword).toMatch(/[A-Z]/)
    expect(generatedPassword).toMatch(/[a-z]/)
    expect(generatedPassword).toMatch(/[0-9]/)
    expect(generatedPassword.replace(/[A-Za-z0-9]/g, '')).toHaveLength(1)
  })

  it('writes a job summary table', () => {
    const create = allSteps[0]
    expect(create.summary).toContain('<table>')
    expect(create.summary).toContain(instanceId)
    expect(create.summary).toContain('life-1')
  })

  it('saves the ids in state', () => {
    expect(allSteps[0].state['created-instance-ids']).toBe(instanceId)
    expect(allSteps[0].state['create-task-ids']).toBe(
      allSteps[0].outputs['task-id']
    )
  })

  it('gets the server by id', async () => {
    const result = await env.step({
      operation: 'get',
      'instance-id': instanceId
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.status).toBe('STARTED')
    expect(result.outputs['instance-name']).toBe('life-1')
  })

  it('stops the server', async () => {
    const result = await env.step({
      operation: 'stop',
      'instance-id': instanceId,
      force: 'true'
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.status).toBe('STOPPED')
    expect(result.outputs['task-result']).toBe('SUCCESS')
    expect(record(instanceId)?.ecsStatus).toBe('STOPPED')
    const [stop] = callsTo('/instance/stop')
    expect(stop.body).toEqual({ ecsResourceUUID: instanceId, forceStop: true })
  })

  it('starts the server', async () => {
    const result = await env.step({
      operation: 'start',
      'instance-id': instanceId
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.status).toBe('STARTED')
    expect(record(instanceId)?.ecsStatus).toBe('STARTED')
  })

  it('restarts the server', async () => {
    const result = await env.step({
      operation: 'restart',
      'instance-id': instanceId
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.status).toBe('STARTED')
    expect(callsTo('/instance/restart')).toHaveLength(1)
  })

  it('reinstalls after stopping first', async () => {
    const stopsBefore = callsTo('/instance/stop').length
    const result = await env.step({
      operation: 'reinstall',
      'instance-id': instanceId,
      image: 'Ubuntu 24.04',
      password: PASSWORD
    })
    expect(errors(result)).toBe('')
    expect(result.exitCode).toBe(0)
    expect(result.outputs.status).toBe('STARTED')
    expect(callsTo('/instance/stop')).toHaveLength(stopsBefore + 1)
    const [reinstall] = callsTo('/instance/reinstallSystem')
    const body = reinstall.body as Record<string, unknown>
    expect(body.regionCode).toBe('ru-moscow-1')
    expect(body.password).toBe(PASSWORD)
    expect(body.sshKeyResourceUUID).toBeNull()
    expect(record(instanceId)?.osName).toMatch(/Ubuntu/)
    expect(result.outputs.password).toBeUndefined()
  })

  it('resets the password', async () => {
    const result = await env.step({
      operation: 'reset-password',
      'instance-id': instanceId,
      password: PASSWORD
    })
    expect(result.exitCode).toBe(0)
    const [call] = callsTo('/instance/modifyInstancePassword')
    expect(call.body).toEqual({
      ecsResourceUUID: instanceId,
      password: PASSWORD,
      regionCode: 'ru-moscow-1'
    })
    expect(record(instanceId)?.password).toBe(PASSWORD)
  })

  it('lists every zone in pages of 50', async () => {
    const before = callsTo('/instance/list').length
    const result = await env.step({ operation: 'list' })
    expect(result.exitCode).toBe(0)
    const ids = JSON.parse(result.outputs.instances).map(
      (item: { ecsResourceUUID: string }) => item.ecsResourceUUID
    )
    expect(ids).toContain(instanceId)
    const listCalls = callsTo('/instance/list').slice(before)
    expect(listCalls.length).toBeGreaterThan(1)
    for (const call of listCalls) {
      expect(call.query.pageSize).toBe('50')
      expect(call.query.page).toBe('1')
      expect(call.query.zoneCode).toMatch(/^[a-z]/)
    }
    expect(result.summary).toContain(instanceId)
  })

  it('waits for a task by id', async () => {
    const stop = await env.step({
      operation: 'stop',
      'instance-id': instanceId,
      wait: 'false'
    })
    expect(stop.exitCode).toBe(0)
    const taskId = stop.outputs['task-id']
    expect(taskId).toMatch(/^[a-z0-9]{12}$/)
    const result = await env.step({
      operation: 'wait-task',
      'task-id': taskId,
      'instance-id': instanceId
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs['task-result']).toBe('SUCCESS')
    expect(result.outputs.status).toBe('STOPPED')
  })

  it('deletes the server', async () => {
    const result = await env.step({
      operation: 'delete',
      'instance-id': instanceId
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.status).toBe('DELETED')
    expect(result.outputs['task-result']).toBe('SUCCESS')
    expect(record(instanceId)).toBeUndefined()
  })

  it('returns at once without wait', async () => {
    const result = await env.step({
      ...CREATE_INPUTS,
      'instance-name': 'life-nowait',
      wait: 'false'
    })
    expect(result.exitCode).toBe(0)
    const id = result.outputs['instance-id']
    expect(result.outputs['task-id']).toMatch(/^[a-z0-9]{12}$/)
    expect(result.outputs.created).toBe('true')
    expect(record(id)?.ecsPendingStatus).not.toBe('NONE')
  })
})

describe('look-ups through dist/index.js', () => {
  it.each([
    ['regions', {}, 'regionCode'],
    ['packages', { region: 'ru-moscow-1' }, 'packageCode'],
    ['images', { region: 'ru-moscow-1' }, 'imageResourceUUID'],
    ['security-groups', { region: 'ru-moscow-1' }, 'firewallUUID'],
    ['ssh-keys', {}, 'sshKeyUUID']
  ])('%s returns JSON', async (operation, extra, field) => {
    const result = await env.step({ operation, ...extra })
    expect(result.exitCode).toBe(0)
    const rows = JSON.parse(result.outputs.result) as Record<string, unknown>[]
    expect(rows.length).toBeGreaterThan(0)
    expect(rows[0][field]).toBeDefined()
  })

  it('images respect image-type', async () => {
    const result = await env.step({
      operation: 'images',
      region: 'ru-moscow-1',
      'image-type': 'Application'
    })
    const rows = JSON.parse(result.outputs.result) as { imageType: string }[]
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((row) => row.imageType === 'Application')).toBe(true)
  })
})

describe('secrets', () => {
  it('never appear in any output', () => {
    expect(leakedSecrets([generatedPassword])).toEqual([])
  })
})
