import { LightNodeApiError } from './errors.js'
import {
  extractList,
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
  type Firewall,
  type Image,
  type Instance,
  type Package,
  type Raw,
  type Region,
  type SshKey,
  type TaskAck,
  type TaskResult
} from './models.js'
import { Transport, type Query, type TransportOptions } from './transport.js'

/** The largest page size the API accepts. */
export const PAGE_SIZE = 50
const MAX_PAGES = 1000

export interface CreateRequest {
  packageCode: string
  regionCode: string
  zoneCode: string
  instanceName: string
  imageResourceUUID: string
  password?: string
  sshKeyUUID?: string
  firewallUUID?: string
}

export interface ReinstallRequest {
  ecsResourceUUID: string
  imageResourceUUID: string
  password?: string
  sshKeyResourceUUID?: string
  regionCode: string
  zoneCode?: string
}

/** Checks whether an error reports that the requested id is unknown. */
export function isUnknownResource(error: unknown): boolean {
  return error instanceof LightNodeApiError && error.kind === 'not-found'
}

/** One method per endpoint of the LightNode OpenAPI. */
export class LightNodeClient {
  readonly transport: Transport

  constructor(options: TransportOptions) {
    this.transport = new Transport(options)
  }

  dispose(): void {
    this.transport.dispose()
  }

  async createInstance(request: CreateRequest): Promise<TaskAck> {
    const packageConfig: Raw = { ...request }
    for (const key of Object.keys(packageConfig)) {
      if (packageConfig[key] === undefined) delete packageConfig[key]
    }
    return this.write('/instance/create', { packageConfig })
  }

  async releaseInstance(ecsResourceUUID: string): Promise<TaskAck> {
    return this.write('/instance/release', { ecsResourceUUID })
  }

  async stopInstance(
    ecsResourceUUID: string,
    force: boolean
  ): Promise<TaskAck> {
    const body: Raw = { ecsResourceUUID }
    if (force) body.forceStop = true
    return this.write('/instance/stop', body)
  }

  async startInstance(ecsResourceUUID: string): Promise<TaskAck> {
    return this.write('/instance/start', { ecsResourceUUID })
  }

  async restartInstance(ecsResourceUUID: string): Promise<TaskAck> {
    return this.write('/instance/restart', { ecsResourceUUID })
  }

  async reinstallSystem(request: ReinstallRequest): Promise<TaskAck> {
    return this.write('/instance/reinstallSystem', {
      ...request,
      sshKeyResourceUUID: request.sshKeyResourceUUID ?? null
    })
  }

  async modifyPassword(
    ecsResourceUUID: string,
    password: string,
    regionCode: string
  ): Promise<TaskAck> {
    return this.write('/instance/modifyInstancePassword', {
      ecsResourceUUID,
      password,
      regionCode
    })
  }

  /**
   * Reads one instance. Returns undefined when the API reports it unknown:
   * HTTP 404 with an error body, or another error body whose code or
   * message reports not found.
   */
  async getInstance(ecsResourceUUID: string): Promise<Instance | undefined> {
    try {
      const body = await this.transport.get('/instance/detail', {
        ecsResourceUUID
      })
      return parseInstanceDetail(body)
    } catch (error) {
      if (isUnknownResource(error)) return undefined
      throw error
    }
  }

  async getTaskResult(asyncTaskUUID: string): Promise<TaskResult> {
    const body = await this.transport.get('/asynctask/getResult', {
      asyncTaskUUID
    })
    return parseTaskResult(body)
  }

  async listInstances(
    regionCode: string,
    zoneCode: string
  ): Promise<Instance[]> {
    const rows = await this.listPages('/instance/list', ['instances'], {
      regionCode,
      zoneCode
    })
    return rows.map(parseInstance).filter((row) => row.ecsResourceUUID !== '')
  }

  async listRegions(): Promise<Region[]> {
    const body = await this.transport.get('/region/list')
    return extractList(body, ['regions'])
      .map(parseRegion)
      .filter((region) => region.regionCode !== '')
  }

  async listPackages(
    regionCode: string,
    zoneCode?: string
  ): Promise<Package[]> {
    const body = await this.transport.get('/package/list', {
      regionCode,
      zoneCode
    })
    return extractList(body, ['packages'])
      .map(parsePackage)
      .filter((item) => item.packageCode !== '')
  }

  async listImages(regionCode: string, imageType: string): Promise<Image[]> {
    const rows = await this.listPages('/image/list', ['images'], {
      regionCode,
      imageType
    })
    return rows
      .map(parseImage)
      .filter((image) => image.imageResourceUUID !== '')
  }

  async listFirewalls(regionCode: string): Promise<Firewall[]> {
    const rows = await this.listPages('/firewall/list', ['firewalls'], {
      regionCode
    })
    return rows.map(parseFirewall).filter((item) => item.firewallUUID !== '')
  }

  async listSshKeys(): Promise<SshKey[]> {
    const body = await this.transport.get('/sshKey/list')
    return extractList(body, ['sshKeys', 'sshKeyList', 'keyPairs', 'keys'])
      .map(parseSshKey)
      .filter((key) => key.sshKeyUUID !== '')
  }

  private async write(path: string, body: Raw): Promise<TaskAck> {
    const ack = parseTaskAck(await this.transport.post(path, body))
    if (!ack.taskId) {
      throw new LightNodeApiError(
        `POST ${path} succeeded but its response has no task id ` +
          `(asyncTaskInfo.asyncTaskUUID or asyncTaskUUID): ` +
          JSON.stringify(ack.raw).slice(0, 200),
        { kind: 'malformed', method: 'POST', path, ambiguous: true }
      )
    }
    return ack
  }

  /**
   * Fetches every page of a list: 50 rows a page from page 1, until
   * `rowCount` rows are collected or a page comes back short.
   */
  private async listPages(
    path: string,
    keys: readonly string[],
    query: Query
  ): Promise<Raw[]> {
    const rows: Raw[] = []
    for (let page = 1; page <= MAX_PAGES; page++) {
      const body = await this.transport.get(path, {
        ...query,
        page,
        pageSize: PAGE_SIZE
      })
      const items = extractList(body, keys)
      rows.push(...items)
      const total = Number(text(body.rowCount))
      const knownTotal = text(body.rowCount) !== '' && Number.isFinite(total)
      if (items.length === 0) break
      if (knownTotal ? rows.length >= total : items.length < PAGE_SIZE) break
    }
    return rows
  }
}
