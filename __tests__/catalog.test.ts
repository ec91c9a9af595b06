import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { Catalog, compareVersions, parsePackageSpec } from '../src/catalog.js'
import type { LightNodeClient } from '../src/client/lightnode.js'
import { InputError } from '../src/validation.js'
import {
  TestServer,
  reply,
  sendJson,
  sequence,
  testClient,
  type Handler
} from './support/http-server.js'

const REGIONS = {
  regions: [
    {
      regionCode: 'ru-moscow-1',
      regionName: 'Moscow',
      zones: [
        { zoneCode: 'ru-moscow-1-a', zoneName: 'Moscow A' },
        { zoneCode: 'ru-moscow-1-b', zoneName: 'Moscow B' }
      ]
    },
    { regionCode: 'tr-ist-1', regionName: 'Istanbul', zones: [] },
    {
      regionCode: 'cn-taiwan-2',
      regionName: 'Taipei',
      zones: [{ zoneCode: 'cn-taiwan-2-a', zoneName: 'Taipei A' }]
    },
    { regionCode: 'sau-jeddah-1', regionName: 'Jeddah' }
  ],
  httpStatus: 202
}

function pkg(
  packageCode: string,
  cpu: number,
  memory: number,
  systemDiskSize: number,
  bandwidth = 5
) {
  return {
    packageCode,
    regionCode: 'ru-moscow-1',
    zoneCode: 'ru-moscow-1-a',
    cpu,
    memory,
    systemDiskSize,
    dataDiskSize: 0,
    bandwidth,
    publicIpChargeMode: 'PayByBandwidth'
  }
}

const PACKAGES = {
  packages: [
    pkg('p-1c1g', 1, 1, 20),
    pkg('p-2c4g-80', 2, 4, 80),
    pkg('p-2c4g-50-fast', 2, 4, 50, 20),
    pkg('p-2c4g-50', 2, 4, 50),
    pkg('p-4c8g', 4, 8, 100)
  ]
}

function image(
  imageResourceUUID: string,
  imageName: string,
  osDistroVersion: string,
  osVersionDetail: string
) {
  return {
    imageResourceUUID,
    imageName,
    imageType: 'System',
    osDistroVersion,
    osVersionDetail,
    regionCode: 'ru-moscow-1'
  }
}

const IMAGES = {
  images: [
    image('img-deb11', 'Debian 11', 'Debian 11', '11.9'),
    image('img-deb12-old', 'Debian 12 (old)', 'Debian 12', '12.2'),
    image('img-deb12-new', 'debian-12-latest', 'Debian 12', '12.10'),
    image('img-ubu2204', 'Ubuntu 22.04', 'Ubuntu 22.04', '22.04.3'),
    image('img-ubu2404', 'Ubuntu 24.04', 'Ubuntu 24.04', '24.04.1')
  ],
  rowCount: 5
}

const SSH_KEYS = {
  sshKeys: [
    { sshKeyUUID: 'key-aaa111', sshKeyName: 'deploy' },
    { sshKeyUUID: 'key-bbb222', sshKeyName: 'laptop' }
  ]
}

const FIREWALLS = {
  firewalls: [
    {
      firewallUUID: 'fw-web1',
      firewallName: 'web',
      firewallStatus: 'AVAILABLE'
    },
    {
      firewallUUID: 'fw-web2',
      firewallName: 'web',
      firewallStatus: 'AVAILABLE'
    },
    { firewallUUID: 'fw-db', firewallName: 'db', firewallStatus: 'AVAILABLE' },
    { firewallUUID: 'fw-old', firewallName: 'old', firewallStatus: 'DELETING' }
  ],
  rowCount: 4
}

const ROUTES: Record<string, unknown> = {
  '/region/list': REGIONS,
  '/package/list': PACKAGES,
  '/image/list': IMAGES,
  '/sshKey/list': SSH_KEYS,
  '/firewall/list': FIREWALLS
}

/** Answers each list path with its fixture. */
const fixtures: Handler = (request, response) => {
  const body = ROUTES[request.path]
  if (body === undefined) {
    sendJson(response, 404, { code: 'InvalidRequest.NotFound' })
  } else {
    sendJson(response, 200, body)
  }
}

let server: TestServer
let client: LightNodeClient
let catalog: Catalog

beforeEach(async () => {
  server = await TestServer.start(fixtures)
  client = testClient(server)
  catalog = new Catalog(client)
})

afterEach(async () => {
  client.dispose()
  await server.close()
})

async function inputError(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError, but the call succeeded')
}

describe('Catalog.region', () => {
  it.each([
    ['ru-moscow-1', 'ru-moscow-1'],
    ['RU-MOSCOW-1', 'ru-moscow-1'],
    ['Istanbul', 'tr-ist-1'],
    ['taipei', 'cn-taiwan-2']
  ])('finds %s', async (value, code) => {
    const region = await catalog.region('region', value)

    expect(region.regionCode).toBe(code)
  })

  it('lists the closest regions first', async () => {
    const error = await inputError(catalog.region('region', 'ru-moskow-1'))

    expect(error.message).toContain("Region 'ru-moskow-1' (input region)")
    expect(error.message).toContain('Known regions: ru-moscow-1, ')
    expect(error.message).toContain('tr-ist-1')
  })
})

describe('Catalog.zone', () => {
  it('defaults to the first zone', async () => {
    const region = await catalog.region('region', 'ru-moscow-1')

    expect(catalog.zone('zone', region, undefined)).toBe('ru-moscow-1-a')
  })

  it('falls back to the -a zone', async () => {
    const region = await catalog.region('region', 'tr-ist-1')

    expect(catalog.zone('zone', region, undefined)).toBe('tr-ist-1-a')
  })

  it('finds a zone in any case', async () => {
    const region = await catalog.region('region', 'ru-moscow-1')

    expect(catalog.zone('zone', region, 'RU-MOSCOW-1-B')).toBe('ru-moscow-1-b')
  })

  it('rejects a zone elsewhere', async () => {
    const region = await catalog.region('region', 'ru-moscow-1')
    const error = await inputError(
      (async () => catalog.zone('zone', region, 'cn-taiwan-2-a'))()
    )

    expect(error.message).toContain("Zone 'cn-taiwan-2-a' (input zone)")
    expect(error.message).toContain('ru-moscow-1-a')
  })
})

describe('Catalog.package', () => {
  function find(value: string) {
    return catalog.package('package', value, 'ru-moscow-1', 'ru-moscow-1-a')
  }

  it.each([
    ['p-4c8g', 'p-4c8g'],
    ['p-2c4g-80', 'p-2c4g-80'],
    ['2c4g', 'p-2c4g-50'],
    ['2C4G', 'p-2c4g-50'],
    ['cpu=2,memory=4', 'p-2c4g-50'],
    ['memory=4, cpu=2', 'p-2c4g-50'],
    ['2c4g50d', 'p-2c4g-50'],
    ['2c4g60d', 'p-2c4g-80'],
    ['cpu=2,memory=4,disk=60', 'p-2c4g-80'],
    ['1c1g', 'p-1c1g']
  ])('resolves %s', async (value, code) => {
    expect((await find(value)).packageCode).toBe(code)
  })

  it('sends region and zone', async () => {
    await find('2c4g')
    const [request] = server.requests

    expect(request.query.get('regionCode')).toBe('ru-moscow-1')
    expect(request.query.get('zoneCode')).toBe('ru-moscow-1-a')
  })

  it.each(['3c4g', '2c4g200d', 'p-9c9g', 'large'])(
    'rejects %s with sizes',
    async (value) => {
      const error = await inputError(find(value))

      expect(error.message).toContain(`Package '${value}' (input package)`)
      expect(error.message).toContain('p-2c4g-50 (2c4g)')
    }
  )
})

describe('Catalog.image', () => {
  function find(value: string) {
    return catalog.image('image', value, 'ru-moscow-1', 'System')
  }

  it.each([
    ['img-ubu2204', 'img-ubu2204'],
    ['Ubuntu 22.04', 'img-ubu2204'],
    ['ubuntu 24.04', 'img-ubu2404'],
    ['Debian 12 (old)', 'img-deb12-old'],
    ['Debian 12', 'img-deb12-new'],
    ['debian', 'img-deb12-new'],
    ['Debian 11', 'img-deb11'],
    ['Ubuntu 22', 'img-ubu2204'],
    ['Ubuntu', 'img-ubu2404']
  ])('resolves %s', async (value, id) => {
    expect((await find(value)).imageResourceUUID).toBe(id)
  })

  it.each(['Debian 1', 'Debian 13', 'Ubuntu 2', 'Deb'])(
    'rejects %s',
    async (value) => {
      const error = await inputError(find(value))

      expect(error.message).toContain(`Image '${value}' (input image)`)
      expect(error.message).toContain('System images of ru-moscow-1')
    }
  )

  it('sends region and image type', async () => {
    await find('Debian 12')
    const [request] = server.requests

    expect(request.query.get('regionCode')).toBe('ru-moscow-1')
    expect(request.query.get('imageType')).toBe('System')
  })
})

describe('Catalog.sshKey', () => {
  it.each([
    ['key-bbb222', 'key-bbb222'],
    ['deploy', 'key-aaa111']
  ])('finds %s', async (value, id) => {
    expect((await catalog.sshKey('ssh-key', value)).sshKeyUUID).toBe(id)
  })

  it('lists keys when missing', async () => {
    const error = await inputError(catalog.sshKey('ssh-key', 'deplo'))

    expect(error.message).toContain("SSH key 'deplo' (input ssh-key)")
    expect(error.message).toContain('account: deploy, ')
  })
})

describe('Catalog.firewall', () => {
  function find(value: string) {
    return catalog.firewall('security-group', value, 'ru-moscow-1')
  }

  it.each([
    ['fw-db', 'fw-db'],
    ['db', 'fw-db'],
    ['fw-web2', 'fw-web2']
  ])('finds %s', async (value, id) => {
    expect((await find(value)).firewallUUID).toBe(id)
  })

  it('rejects an ambiguous name', async () => {
    const error = await inputError(find('web'))

    expect(error.message).toContain("name 'web' (input security-group)")
    expect(error.message).toContain('ambiguous')
    expect(error.message).toContain('fw-web1, fw-web2')
  })

  it('lists groups when missing', async () => {
    const error = await inputError(find('dbb'))

    expect(error.message).toContain('was not found in ru-moscow-1')
    expect(error.message).toContain('Security groups there: db, ')
  })

  it('returns a group not AVAILABLE', async () => {
    expect((await find('old')).firewallStatus).toBe('DELETING')
  })
})

describe('Catalog caching', () => {
  it('lists regions once', async () => {
    await Promise.all([
      catalog.region('region', 'ru-moscow-1'),
      catalog.region('region', 'tr-ist-1')
    ])
    await catalog.region('region', 'Taipei')
    await catalog.regions()

    expect(server.count('/region/list')).toBe(1)
  })

  it('lists packages once per zone', async () => {
    await catalog.package('package', '2c4g', 'ru-moscow-1', 'ru-moscow-1-a')
    await catalog.package('package', '4c8g', 'ru-moscow-1', 'ru-moscow-1-a')
    await catalog.packages('ru-moscow-1', 'ru-moscow-1-b')

    expect(server.count('/package/list')).toBe(2)
  })

  it('lists images once per type', async () => {
    await catalog.image('image', 'Debian 12', 'ru-moscow-1', 'System')
    await catalog.image('image', 'Ubuntu', 'ru-moscow-1', 'System')
    await catalog.images('ru-moscow-1', 'Application')

    expect(server.count('/image/list')).toBe(2)
  })

  it('lists keys and groups once', async () => {
    await catalog.sshKey('ssh-key', 'deploy')
    await catalog.sshKey('ssh-key', 'laptop')
    await catalog.firewall('security-group', 'db', 'ru-moscow-1')
    await catalog.firewall('security-group', 'fw-web1', 'ru-moscow-1')

    expect(server.count('/sshKey/list')).toBe(1)
    expect(server.count('/firewall/list')).toBe(1)
  })

  it('retries a failed list', async () => {
    server.handle(
      sequence(reply(500, { code: 'InternalError.Unknown' }), fixtures)
    )
    await expect(catalog.regions()).rejects.toThrow('HTTP 500')
    const regions = await catalog.regions()

    expect(regions).toHaveLength(4)
    expect(server.count('/region/list')).toBe(2)
  })
})

describe('parsePackageSpec', () => {
  it.each([
    ['2c4g', { cpu: 2, memory: 4, disk: undefined }],
    [' 2C4G ', { cpu: 2, memory: 4, disk: undefined }],
    ['2c4g50d', { cpu: 2, memory: 4, disk: 50 }],
    ['16c64g', { cpu: 16, memory: 64, disk: undefined }],
    ['cpu=2,memory=4', { cpu: 2, memory: 4, disk: undefined }],
    ['memory=4, CPU=2', { cpu: 2, memory: 4, disk: undefined }],
    ['cpu=2,memory=4,disk=50', { cpu: 2, memory: 4, disk: 50 }]
  ])('parses %j', (value, expected) => {
    expect(parsePackageSpec(value)).toEqual(expected)
  })

  it.each([
    '',
    '2c',
    '4g',
    'c4g',
    '2c4gb',
    'cpu=2',
    'memory=4',
    'cpu=2,gpu=1',
    'cpu=two,memory=4',
    'p-2c4g-50'
  ])('rejects %j', (value) => {
    expect(parsePackageSpec(value)).toBeUndefined()
  })
})

describe('compareVersions', () => {
  it.each([
    ['22.04.3', '22.04', 1],
    ['12.10', '12.2', 1],
    ['24.04', '22.04.3', 1],
    ['11', '12', -1],
    ['12.5', '12.5', 0],
    ['Debian 12', 'Debian 11', 1]
  ])('compares %s with %s', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign)
  })

  it('falls back to text order', () => {
    expect(Math.sign(compareVersions('alpha', 'beta'))).toBe(-1)
  })
})
