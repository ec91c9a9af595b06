/**
 * The emulator's state: the seed catalog, instances and tasks, and the
 * timeline of changes that elapsed time brings.
 */
import { buildCatalog, fleetRegionCode, type Catalog } from './catalog.js'
import type { FaultBook } from './faults.js'
import { formatTime, uniqueId } from './ids.js'
import type {
  Image,
  InstanceRecord,
  Package,
  Region,
  TaskRecord,
  Zone
} from './models.js'
import type { EmulatorOptions } from './options.js'
import { Timeline } from './timeline.js'

const dayMs = 24 * 60 * 60 * 1000

/** Placement of an instance: its region, zone, package and image. */
export interface InstancePlacement {
  region: Region
  zone: Zone
  pkg: Package
  image: Image
}

export class Store {
  catalog: Catalog = buildCatalog(null)
  readonly instances = new Map<string, InstanceRecord>()
  readonly tasks = new Map<string, TaskRecord>()
  /** Instance ID → ID of the running task that owns its power state. */
  readonly busy = new Map<string, string>()
  /** Instance ID → ID of the task whose pending status it still shows. */
  readonly pendingOwner = new Map<string, string>()
  /** IDs of released instances, for the `duplicateRelease` variant. */
  readonly released = new Set<string>()
  readonly timeline = new Timeline()
  private addressCount = 0
  private internalCount = 0

  constructor(
    readonly options: () => EmulatorOptions,
    readonly faults: FaultBook
  ) {
    this.reset()
  }

  /** Drops every instance and task and seeds the catalog and fleet again. */
  reset(): void {
    const { fleet } = this.options()
    this.catalog = buildCatalog(fleet)
    this.instances.clear()
    this.tasks.clear()
    this.busy.clear()
    this.pendingOwner.clear()
    this.released.clear()
    this.timeline.clear()
    this.addressCount = 0
    this.internalCount = 0
    if (fleet) this.seedFleet(fleet.zones, fleet.instancesPerZone)
  }

  /** Applies every change that is due by `now`. */
  advance(now = Date.now()): void {
    this.timeline.runUntil(now)
  }

  findRegion(regionCode: string): Region | undefined {
    return this.catalog.regions.find(
      (region) => region.regionCode === regionCode
    )
  }

  findZone(region: Region, zoneCode: string): Zone | undefined {
    return region.zones.find((zone) => zone.zoneCode === zoneCode)
  }

  findPackage(zoneCode: string, packageCode: string): Package | undefined {
    return this.catalog.packages.find(
      (pkg) => pkg.zoneCode === zoneCode && pkg.packageCode === packageCode
    )
  }

  findImage(regionCode: string, imageId: string): Image | undefined {
    return this.catalog.images.find(
      (image) =>
        image.regionCode === regionCode && image.imageResourceUUID === imageId
    )
  }

  hasSshKey(keyId: string): boolean {
    return this.catalog.sshKeys.some((key) => key.sshKeyUUID === keyId)
  }

  /** Returns the task, or undefined when unknown or expired by `now`. */
  findTask(taskId: string, now: number): TaskRecord | undefined {
    const task = this.tasks.get(taskId)
    const expiry = this.options().variants.taskExpiryMs
    if (!task || expiry === null || task.completedAt === null) return task
    return now - task.completedAt > expiry ? undefined : task
  }

  /** Returns the running task that owns the instance's state, if any. */
  runningTask(instanceId: string): TaskRecord | undefined {
    const taskId = this.busy.get(instanceId)
    return taskId === undefined ? undefined : this.tasks.get(taskId)
  }

  /** Removes an instance; `released` marks it as released on request. */
  removeInstance(instanceId: string, released: boolean): void {
    this.instances.delete(instanceId)
    this.busy.delete(instanceId)
    this.pendingOwner.delete(instanceId)
    if (released) this.released.add(instanceId)
  }

  newInstanceId(): string {
    return uniqueId(
      'ecs-',
      (id) => this.instances.has(id) || this.released.has(id)
    )
  }

  newTaskId(): string {
    return uniqueId('', (id) => this.tasks.has(id))
  }

  /** Returns the next public address, in 127.10.0.0/16 and upwards. */
  nextPublicIp(): string {
    const n = ++this.addressCount
    return `127.${10 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}`
  }

  /** Builds a STOPPED instance record with no public address. */
  buildInstance(
    placement: InstancePlacement,
    instanceName: string,
    now: number
  ): InstanceRecord {
    const { region, zone, pkg, image } = placement
    const n = ++this.internalCount + 1
    return {
      ecsResourceUUID: this.newInstanceId(),
      instanceName,
      ecsStatus: 'STOPPED',
      ecsPendingStatus: 'NONE',
      publicIpAddress: '',
      secondaryPublicIpInfoList: [],
      internalIpAddress: `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
      regionCode: region.regionCode,
      regionName: region.regionName,
      zoneCode: zone.zoneCode,
      zoneName: zone.zoneName,
      cpu: pkg.cpu,
      memory: pkg.memory,
      bandwidth: pkg.bandwidth,
      systemDiskSize: pkg.systemDiskSize,
      dataDiskSize: pkg.dataDiskSize,
      imageResourceUUID: image.imageResourceUUID,
      osName: image.osVersion,
      osVersionDetail: image.osVersionDetail,
      freeFlow: pkg.freeFlow,
      usedFlow: 0,
      createTime: formatTime(now),
      expireTime: formatTime(now + 30 * dayMs),
      sysAccount: image.imageAccount,
      packageCode: pkg.packageCode,
      password: null,
      sshKeyUUID: null,
      firewallUUID: null
    }
  }

  /** Returns the default placement in a zone: its smallest package, Ubuntu 22.04. */
  defaultPlacement(regionCode: string, zoneCode: string): InstancePlacement {
    const region = this.findRegion(regionCode)
    const zone = region && this.findZone(region, zoneCode)
    if (!region || !zone) {
      throw new Error(`zone ${zoneCode} not found in region ${regionCode}`)
    }
    const pkg = this.catalog.packages.find((item) => item.zoneCode === zoneCode)
    const image = this.catalog.images.find(
      (item) =>
        item.regionCode === regionCode &&
        item.osDistroVersion === 'Ubuntu 22.04'
    )
    if (!pkg || !image) {
      throw new Error(`zone ${zoneCode} has no seed package or image`)
    }
    return { region, zone, pkg, image }
  }

  /** Adds a running instance with an address, as if created earlier. */
  addRunningInstance(
    placement: InstancePlacement,
    instanceName: string,
    now: number
  ): InstanceRecord {
    const instance = this.buildInstance(placement, instanceName, now)
    instance.ecsStatus = 'STARTED'
    instance.publicIpAddress = this.nextPublicIp()
    this.instances.set(instance.ecsResourceUUID, instance)
    return instance
  }

  /** Returns the placement of a seeded instance: the defaults, or what `partial` names. */
  private placementFor(partial: Partial<InstanceRecord>): InstancePlacement {
    const regionCode = partial.regionCode ?? 'ru-moscow-1'
    const zoneCode = partial.zoneCode ?? `${regionCode}-a`
    const placement = this.defaultPlacement(regionCode, zoneCode)
    if (partial.packageCode !== undefined) {
      const pkg = this.findPackage(zoneCode, partial.packageCode)
      if (!pkg) {
        throw new Error(
          `package ${partial.packageCode} not found in zone ${zoneCode}`
        )
      }
      placement.pkg = pkg
    }
    if (partial.imageResourceUUID !== undefined) {
      const imageId = partial.imageResourceUUID
      const image = this.findImage(regionCode, imageId)
      if (!image) {
        throw new Error(`image ${imageId} not found in region ${regionCode}`)
      }
      placement.image = image
    }
    return placement
  }

  /**
   * Adds a running instance with an address. Fields of `partial` override
   * the defaults: ru-moscow-1-a, the zone's smallest package, Ubuntu 22.04.
   */
  seedInstance(partial: Partial<InstanceRecord>, now: number): InstanceRecord {
    const placement = this.placementFor(partial)
    const name = partial.instanceName ?? `instance-${this.instances.size + 1}`
    const instance = this.buildInstance(placement, name, now)
    instance.ecsStatus = 'STARTED'
    instance.publicIpAddress = this.nextPublicIp()

    for (const key of Object.keys(instance) as Array<keyof InstanceRecord>) {
      if (partial[key] !== undefined) {
        Object.assign(instance, { [key]: partial[key] })
      }
    }
    const id = instance.ecsResourceUUID
    if (this.instances.has(id)) {
      throw new Error(`instance ID ${id} is already in use; choose another`)
    }
    this.instances.set(id, instance)
    return instance
  }

  private seedFleet(zones: number, instancesPerZone: number): void {
    const now = Date.now()
    for (let i = 0; i < zones; i++) {
      const regionCode = fleetRegionCode(i)
      const placement = this.defaultPlacement(regionCode, `${regionCode}-a`)
      for (let j = 0; j < instancesPerZone; j++) {
        this.addRunningInstance(placement, `${regionCode}-node-${j + 1}`, now)
      }
    }
  }
}
