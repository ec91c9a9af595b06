import { describe, expect, it } from '@jest/globals'
import {
  extractList,
  hasPublicIp,
  isIdle,
  num,
  parseFirewall,
  parseImage,
  parseInstance,
  parseInstanceDetail,
  parsePackage,
  parseRegion,
  parseSshKey,
  parseTaskAck,
  parseTaskResult,
  text,
  type Raw
} from '../src/client/models.js'

/** An instance with every field that client code is known to read. */
const INSTANCE: Raw = {
  ecsResourceUUID: 'ecs-wr00007bgadt',
  instanceName: 'my-host-1',
  ecsStatus: 'STARTED',
  ecsPendingStatus: 'NONE',
  publicIpAddress: '203.0.113.10',
  secondaryPublicIpInfoList: ['203.0.113.11'],
  internalIpAddress: '10.0.0.5',
  regionCode: 'ru-moscow-1',
  regionName: 'Moscow',
  zoneCode: 'ru-moscow-1-a',
  zoneName: 'Moscow A',
  cpu: 2,
  memory: 4,
  bandwidth: 10,
  systemDiskSize: 50,
  dataDiskSize: 0,
  imageResourceUUID: 'img-rh0000743phm',
  osName: 'Debian',
  osVersionDetail: '12.5',
  freeFlow: 1000,
  usedFlow: 250.5,
  createTime: '2026-04-10 06:47:23',
  expireTime: '2026-05-10 06:47:23',
  sysAccount: 'root',
  packageCode: 'ru-moscow-1-a-2c4g'
}

describe('parseTaskAck', () => {
  it('reads the Release example', () => {
    const ack = parseTaskAck({
      asyncTaskInfo: {
        asyncTaskUUID: 'cm00007dyzds',
        ecsResourceUUID: 'ecs-lg00007dyz7g'
      },
      httpStatus: 202,
      rowCount: 0
    })

    expect(ack.taskId).toBe('cm00007dyzds')
    expect(ack.instanceId).toBe('ecs-lg00007dyz7g')
  })

  it.each([
    ['Stop', 'cm00007dyy36'],
    ['Modify Password', '7e00007dyxzg']
  ])('reads the %s example', (_page, taskId) => {
    const ack = parseTaskAck({
      asyncTaskUUID: taskId,
      httpStatus: 202,
      rowCount: 0
    })

    expect(ack.taskId).toBe(taskId)
    expect(ack.instanceId).toBeUndefined()
  })

  it('prefers asyncTaskInfo over the top level', () => {
    const ack = parseTaskAck({
      asyncTaskInfo: { asyncTaskUUID: 'cm00007dyzds' },
      asyncTaskUUID: 'cm00007dyy36'
    })

    expect(ack.taskId).toBe('cm00007dyzds')
  })

  it('falls back when asyncTaskInfo is null', () => {
    const ack = parseTaskAck({ asyncTaskInfo: null, asyncTaskUUID: 'cm1' })

    expect(ack.taskId).toBe('cm1')
  })

  it('falls back when asyncTaskInfo lacks the id', () => {
    const ack = parseTaskAck({
      asyncTaskInfo: { ecsResourceUUID: 'ecs-lg00007dyz7g' },
      asyncTaskUUID: 'cm1'
    })

    expect(ack.taskId).toBe('cm1')
    expect(ack.instanceId).toBe('ecs-lg00007dyz7g')
  })

  it('leaves a missing task id undefined', () => {
    const body = { httpStatus: 202, rowCount: 0 }
    const ack = parseTaskAck(body)

    expect(ack.taskId).toBeUndefined()
    expect(ack.raw).toBe(body)
  })
})

describe('parseTaskResult', () => {
  it('reads the documented success', () => {
    const result = parseTaskResult({
      asyncTaskInfo: { processResult: 'SUCCESS', taskStatus: 'FINISHED' },
      httpStatus: 202,
      rowCount: 0
    })

    expect(result.state).toBe('success')
    expect(result.taskStatus).toBe('FINISHED')
    expect(result.processResult).toBe('SUCCESS')
    expect(result.message).toBeUndefined()
  })

  it.each<[string, Raw, string]>([
    [
      'PROCESSING with RETRY',
      { taskStatus: 'PROCESSING', processResult: 'RETRY' },
      'pending'
    ],
    ['PROCESSING without result', { taskStatus: 'PROCESSING' }, 'pending'],
    [
      'PROCESSING with null result',
      { taskStatus: 'PROCESSING', processResult: null },
      'pending'
    ],
    ['RUNNING', { taskStatus: 'RUNNING' }, 'pending'],
    ['no fields', {}, 'pending'],
    [
      'FINISHED with FAIL',
      { taskStatus: 'FINISHED', processResult: 'FAIL' },
      'failure'
    ],
    [
      'FINISHED with CANCEL',
      { taskStatus: 'FINISHED', processResult: 'CANCEL' },
      'failure'
    ],
    [
      'FINISHED with FAILED',
      { taskStatus: 'FINISHED', processResult: 'FAILED' },
      'failure'
    ],
    ['FINISHED without result', { taskStatus: 'FINISHED' }, 'failure'],
    [
      'PROCESSING with FAIL',
      { taskStatus: 'PROCESSING', processResult: 'FAIL' },
      'failure'
    ],
    ['CANCEL alone', { processResult: 'CANCEL' }, 'failure'],
    ['FAILED status', { taskStatus: 'FAILED' }, 'failure'],
    [
      'lower-case success',
      { taskStatus: 'finished', processResult: 'success' },
      'success'
    ]
  ])('classifies %s', (_label, info, state) => {
    expect(parseTaskResult({ asyncTaskInfo: info }).state).toBe(state)
  })

  it('reads a body without asyncTaskInfo', () => {
    const result = parseTaskResult({
      taskStatus: 'FINISHED',
      processResult: 'SUCCESS'
    })

    expect(result.state).toBe('success')
  })

  it.each(['errorMessage', 'failMessage', 'remark', 'message', 'errMsg'])(
    'reads failure text from %s',
    (field) => {
      const result = parseTaskResult({
        asyncTaskInfo: {
          taskStatus: 'FINISHED',
          processResult: 'FAIL',
          [field]: 'insufficient stock'
        }
      })

      expect(result.message).toBe('insufficient stock')
    }
  )

  it('reads failure text from the top level', () => {
    const result = parseTaskResult({
      asyncTaskInfo: { taskStatus: 'FINISHED', processResult: 'FAIL' },
      errorMessage: 'image not available'
    })

    expect(result.message).toBe('image not available')
  })

  it('leaves absent failure text undefined', () => {
    const result = parseTaskResult({
      asyncTaskInfo: { taskStatus: 'FINISHED', processResult: 'FAIL' },
      httpStatus: 202,
      rowCount: 0
    })

    expect(result.message).toBeUndefined()
  })

  it('skips empty failure text', () => {
    const result = parseTaskResult({
      asyncTaskInfo: {
        taskStatus: 'FINISHED',
        processResult: 'FAIL',
        errorMessage: '',
        remark: 'disk quota exceeded'
      }
    })

    expect(result.message).toBe('disk quota exceeded')
  })
})

describe('parseInstanceDetail', () => {
  it('reads the wrapped instance', () => {
    const instance = parseInstanceDetail({
      instance: INSTANCE,
      httpStatus: 202,
      rowCount: 0
    })

    expect(instance?.ecsResourceUUID).toBe('ecs-wr00007bgadt')
    expect(instance?.raw).toBe(INSTANCE)
  })

  it('reads the bare instance', () => {
    const instance = parseInstanceDetail({ ...INSTANCE, httpStatus: 202 })

    expect(instance?.ecsResourceUUID).toBe('ecs-wr00007bgadt')
  })

  it.each<[string, unknown]>([
    ['ecsResourceUUID', 'ecs-wr00007bgadt'],
    ['instanceName', 'my-host-1'],
    ['ecsStatus', 'STARTED'],
    ['ecsPendingStatus', 'NONE'],
    ['publicIpAddress', '203.0.113.10'],
    ['internalIpAddress', '10.0.0.5'],
    ['regionCode', 'ru-moscow-1'],
    ['zoneCode', 'ru-moscow-1-a'],
    ['cpu', 2],
    ['memory', 4],
    ['systemDiskSize', 50],
    ['createTime', '2026-04-10 06:47:23']
  ])('reads %s', (field, expected) => {
    const instance = parseInstanceDetail({ instance: INSTANCE })

    expect(instance?.[field as keyof typeof instance]).toEqual(expected)
  })

  it('tolerates null fields', () => {
    const nulls = Object.fromEntries(
      Object.keys(INSTANCE).map((key) => [key, null])
    )
    const instance = parseInstanceDetail({
      instance: { ...nulls, ecsResourceUUID: 'ecs-wr00007bgadt' }
    })

    expect(instance?.publicIpAddress).toBe('')
    expect(instance?.ecsStatus).toBe('')
    expect(instance?.cpu).toBeUndefined()
    expect(instance?.memory).toBeUndefined()
  })

  it('reads numbers sent as strings', () => {
    const instance = parseInstanceDetail({
      instance: { ...INSTANCE, cpu: '2', memory: '4', systemDiskSize: '50' }
    })

    expect(instance?.cpu).toBe(2)
    expect(instance?.memory).toBe(4)
    expect(instance?.systemDiskSize).toBe(50)
  })

  it('ignores numbers that are not numbers', () => {
    const instance = parseInstanceDetail({
      instance: { ...INSTANCE, cpu: 'two', memory: '' }
    })

    expect(instance?.cpu).toBeUndefined()
    expect(instance?.memory).toBeUndefined()
  })

  it('upper-cases the status words', () => {
    const instance = parseInstanceDetail({
      instance: { ...INSTANCE, ecsStatus: 'stopped', ecsPendingStatus: 'none' }
    })

    expect(instance?.ecsStatus).toBe('STOPPED')
    expect(instance?.ecsPendingStatus).toBe('NONE')
  })

  it('trims the public IP', () => {
    const instance = parseInstanceDetail({
      instance: { ...INSTANCE, publicIpAddress: ' 203.0.113.10 ' }
    })

    expect(instance?.publicIpAddress).toBe('203.0.113.10')
  })

  it.each<[string, Raw]>([
    ['an empty body', {}],
    ['a null instance', { instance: null, httpStatus: 202 }],
    ['an instance without id', { instance: { instanceName: 'web-1' } }],
    ['an error body', { code: 'InvalidInstanceId.NotFound', httpStatus: 400 }]
  ])('returns undefined for %s', (_label, body) => {
    expect(parseInstanceDetail(body)).toBeUndefined()
  })
})

describe('hasPublicIp', () => {
  it.each([
    ['203.0.113.10', true],
    ['2001:db8::1', true],
    ['', false],
    ['0.0.0.0', false],
    ['::', false]
  ])('returns %j -> %j', (address, expected) => {
    const instance = parseInstance({ ...INSTANCE, publicIpAddress: address })

    expect(hasPublicIp(instance)).toBe(expected)
  })

  it('is false for a missing address', () => {
    const { publicIpAddress: _unused, ...rest } = INSTANCE
    expect(hasPublicIp(parseInstance(rest))).toBe(false)
  })
})

describe('isIdle', () => {
  it.each([
    ['NONE', true],
    ['none', true],
    ['STARTING', false],
    ['', false]
  ])('returns %j -> %j', (pending, expected) => {
    const instance = parseInstance({ ...INSTANCE, ecsPendingStatus: pending })

    expect(isIdle(instance)).toBe(expected)
  })
})

describe('extractList', () => {
  const rows = [{ id: 1 }, { id: 2 }]

  it('reads the first expected key', () => {
    const body = { instances: rows, rowCount: 2, httpStatus: 202 }

    expect(extractList(body, ['instances'])).toEqual(rows)
  })

  it('tries each expected key', () => {
    expect(extractList({ keyPairs: rows }, ['sshKeys', 'keyPairs'])).toEqual(
      rows
    )
  })

  it('prefers an expected key', () => {
    const body = { other: [{ id: 9 }], images: rows }

    expect(extractList(body, ['images'])).toEqual(rows)
  })

  it('falls back to the only array', () => {
    expect(extractList({ items: rows, rowCount: 2 }, ['images'])).toEqual(rows)
  })

  it('looks inside a data object', () => {
    const body = { data: { images: rows }, success: true }

    expect(extractList(body, ['images'])).toEqual(rows)
  })

  it('reads a data array', () => {
    expect(extractList({ data: rows, extra: [] }, ['images'])).toEqual(rows)
  })

  it('drops entries that are not objects', () => {
    const body = { images: [{ id: 1 }, null, 'x', 3, [1], { id: 2 }] }

    expect(extractList(body, ['images'])).toEqual(rows)
  })

  it.each<[string, Raw]>([
    ['an empty body', {}],
    ['two unknown arrays', { a: rows, b: rows }],
    ['a non-array key', { images: 'none' }]
  ])('returns nothing for %s', (_label, body) => {
    expect(extractList(body, ['images'])).toEqual([])
  })
})

describe('parseSshKey', () => {
  it.each<[string, Raw]>([
    ['sshKeyUUID', { sshKeyUUID: 'key-1', sshKeyName: 'deploy' }],
    ['sshKeyResourceUUID', { sshKeyResourceUUID: 'key-1', keyName: 'deploy' }],
    ['keyPairUUID', { keyPairUUID: 'key-1', keyPairName: 'deploy' }],
    ['id', { id: 'key-1', name: 'deploy' }]
  ])('reads %s', (_field, raw) => {
    const key = parseSshKey(raw)

    expect(key.sshKeyUUID).toBe('key-1')
    expect(key.name).toBe('deploy')
  })

  it('reads a numeric id', () => {
    expect(parseSshKey({ id: 42, name: 'deploy' }).sshKeyUUID).toBe('42')
  })

  it('leaves unknown fields empty', () => {
    const key = parseSshKey({ fingerprint: 'SHA256:abc' })

    expect(key.sshKeyUUID).toBe('')
    expect(key.name).toBe('')
  })
})

describe('parseRegion', () => {
  it('reads the region list entry', () => {
    const region = parseRegion({
      regionCode: 'ru-moscow-1',
      regionName: 'Moscow',
      zones: [{ zoneCode: 'ru-moscow-1-a', zoneName: 'Moscow A' }]
    })

    expect(region.regionCode).toBe('ru-moscow-1')
    expect(region.regionName).toBe('Moscow')
    expect(region.zones).toEqual([
      { zoneCode: 'ru-moscow-1-a', zoneName: 'Moscow A' }
    ])
  })

  it.each<[string, unknown]>([
    ['missing', undefined],
    ['null', null],
    ['not an array', 'ru-moscow-1-a']
  ])('reads %s zones as none', (_label, zones) => {
    const region = parseRegion({ regionCode: 'ru-moscow-1', zones })

    expect(region.zones).toEqual([])
  })

  it('drops zones without a code', () => {
    const region = parseRegion({
      regionCode: 'ru-moscow-1',
      zones: [{ zoneName: 'nameless' }, null, { zoneCode: 'ru-moscow-1-b' }]
    })

    expect(region.zones).toEqual([{ zoneCode: 'ru-moscow-1-b', zoneName: '' }])
  })
})

describe('list item parsers', () => {
  it('reads a package', () => {
    const item = parsePackage({
      packageCode: 'ru-moscow-1-a-2c4g',
      regionCode: 'ru-moscow-1',
      zoneCode: 'ru-moscow-1-a',
      cpu: 2,
      memory: '4',
      systemDiskSize: 50,
      dataDiskSize: null,
      bandwidth: 10,
      freeFlow: 1000,
      publicIpChargeMode: 'PayByBandwidth'
    })

    expect(item.packageCode).toBe('ru-moscow-1-a-2c4g')
    expect(item.cpu).toBe(2)
    expect(item.memory).toBe(4)
    expect(item.systemDiskSize).toBe(50)
    expect(item.dataDiskSize).toBeUndefined()
    expect(item.bandwidth).toBe(10)
    expect(item.freeFlow).toBe(1000)
  })

  it('reads an image', () => {
    const image = parseImage({
      imageResourceUUID: 'img-rh0000743phm',
      imageName: 'Debian 12',
      imageType: 'System',
      osVersion: '12',
      osVersionDetail: '12.5',
      osDistroVersion: 'Debian 12',
      imageAccount: 'root',
      regionCode: 'ru-moscow-1'
    })

    expect(image.imageResourceUUID).toBe('img-rh0000743phm')
    expect(image.imageName).toBe('Debian 12')
    expect(image.imageType).toBe('System')
    expect(image.osDistroVersion).toBe('Debian 12')
    expect(image.osVersionDetail).toBe('12.5')
  })

  it('reads a security group', () => {
    const firewall = parseFirewall({
      firewallUUID: 'fw-abc',
      firewallName: 'web',
      firewallStatus: 'available',
      regionCode: 'ru-moscow-1'
    })

    expect(firewall.firewallUUID).toBe('fw-abc')
    expect(firewall.firewallName).toBe('web')
    expect(firewall.firewallStatus).toBe('AVAILABLE')
  })
})

describe('text and num', () => {
  it.each<[unknown, string]>([
    ['abc', 'abc'],
    [42, '42'],
    [null, ''],
    [undefined, ''],
    [true, ''],
    [{}, '']
  ])('text(%j) is %j', (value, expected) => {
    expect(text(value)).toBe(expected)
  })

  it.each<[unknown, number | undefined]>([
    [4, 4],
    ['4', 4],
    ['250.5', 250.5],
    [' ', undefined],
    ['', undefined],
    ['four', undefined],
    [Number.NaN, undefined],
    [Number.POSITIVE_INFINITY, undefined],
    [null, undefined]
  ])('num(%j) is %j', (value, expected) => {
    expect(num(value)).toBe(expected)
  })
})
