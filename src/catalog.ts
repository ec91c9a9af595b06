import * as core from '@actions/core'
import { LightNodeClient } from './client/lightnode.js'
import type {
  Firewall,
  Image,
  Package,
  Region,
  SshKey
} from './client/models.js'
import { closest } from './similar.js'
import { InputError, quote } from './validation.js'

/**
 * Resolves what a user wrote (codes, names, sizes, OS names) to the ids the
 * API takes. Each list is fetched once per step (again only after a failure).
 */
export class Catalog {
  private readonly cache = new Map<string, Promise<unknown>>()

  constructor(private readonly client: LightNodeClient) {}

  private cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    let entry = this.cache.get(key) as Promise<T> | undefined
    if (entry === undefined) {
      entry = load()
      this.cache.set(key, entry)
      entry.catch(() => this.cache.delete(key))
    }
    return entry
  }

  regions(): Promise<Region[]> {
    return this.cached('regions', () => this.client.listRegions())
  }

  packages(regionCode: string, zoneCode: string): Promise<Package[]> {
    return this.cached(`packages:${regionCode}:${zoneCode}`, () =>
      this.client.listPackages(regionCode, zoneCode)
    )
  }

  images(regionCode: string, imageType: string): Promise<Image[]> {
    return this.cached(`images:${regionCode}:${imageType}`, () =>
      this.client.listImages(regionCode, imageType)
    )
  }

  firewalls(regionCode: string): Promise<Firewall[]> {
    return this.cached(`firewalls:${regionCode}`, () =>
      this.client.listFirewalls(regionCode)
    )
  }

  sshKeys(): Promise<SshKey[]> {
    return this.cached('ssh-keys', () => this.client.listSshKeys())
  }

  /** Finds a region by code or by name (case-insensitive). */
  async region(input: string, value: string): Promise<Region> {
    const regions = await this.regions()
    const lower = value.toLowerCase()
    const match =
      regions.find((region) => region.regionCode.toLowerCase() === lower) ??
      regions.find((region) => region.regionName.toLowerCase() === lower)
    if (match) return match
    throw new InputError(
      `Region ${quote(value)} (input ${input}) was not found. Known regions: ` +
        `${closest(
          value,
          regions.map((region) => region.regionCode)
        )}. ` +
        `A sold-out region is not listed and takes no new servers.`
    )
  }

  /** Returns the given zone after checking it, or the region's first zone. */
  zone(input: string, region: Region, value: string | undefined): string {
    const codes = region.zones.map((zone) => zone.zoneCode)
    if (value === undefined) {
      if (codes.length > 0) return codes[0]
      return `${region.regionCode}-a`
    }
    const match = codes.find(
      (code) => code.toLowerCase() === value.toLowerCase()
    )
    if (match) return match
    throw new InputError(
      `Zone ${quote(value)} (input ${input}) is not in region ` +
        `${region.regionCode}. Its zones: ${closest(value, codes)}.`
    )
  }

  /**
   * Finds a package by code, or by a size such as `2c4g` or
   * `cpu=2,memory=4,disk=50`: the smallest package that has exactly that
   * many vCPUs and GB of memory (and at least that much disk).
   */
  async package(
    input: string,
    value: string,
    regionCode: string,
    zoneCode: string
  ): Promise<Package> {
    const packages = await this.packages(regionCode, zoneCode)
    const byCode = packages.find((item) => item.packageCode === value)
    if (byCode) return byCode
    const spec = parsePackageSpec(value)
    const fits = spec
      ? packages.filter((item) => fitsSpec(item, spec)).sort(bySize)
      : []
    if (fits.length > 0) return fits[0]
    const sizes = packages.map(
      (item) =>
        `${item.packageCode} (${item.cpu ?? '?'}c${item.memory ?? '?'}g)`
    )
    throw new InputError(
      `Package ${quote(value)} (input ${input}) matches no package in ` +
        `${zoneCode}. Use a package code or a size such as 2c4g. Packages ` +
        `there: ${closest(value, sizes)}.`
    )
  }

  /**
   * Finds an image by id, by exact name, or by OS such as `Debian 12`
   * (the newest image whose osDistroVersion or name starts with it).
   */
  async image(
    input: string,
    value: string,
    regionCode: string,
    imageType: string
  ): Promise<Image> {
    const images = await this.images(regionCode, imageType)
    const lower = value.toLowerCase()
    const exact =
      images.find((image) => image.imageResourceUUID === value) ??
      images.find((image) => image.imageName.toLowerCase() === lower)
    if (exact) return exact
    const byOs = images
      .filter((image) =>
        [image.osDistroVersion, image.imageName].some((name) =>
          startsWithWord(name.toLowerCase(), lower)
        )
      )
      .sort((a, b) => compareVersions(imageVersion(b), imageVersion(a)))
    if (byOs.length > 0) return byOs[0]
    const names = images.flatMap((image) => [
      image.imageResourceUUID,
      image.osDistroVersion || image.imageName
    ])
    throw new InputError(
      `Image ${quote(value)} (input ${input}) was not found among the ` +
        `${imageType} images of ${regionCode}. Use an image id, name or OS ` +
        `such as Debian 12. Images there: ${closest(value, names)}.`
    )
  }

  /** Finds an SSH key by id or by name. */
  async sshKey(input: string, value: string): Promise<SshKey> {
    const keys = await this.sshKeys()
    const match =
      keys.find((key) => key.sshKeyUUID === value) ??
      keys.find((key) => key.name === value)
    if (match) return match
    throw new InputError(
      `SSH key ${quote(value)} (input ${input}) was not found. Keys of this ` +
        `account: ${closest(
          value,
          keys.flatMap((key) => [key.sshKeyUUID, key.name])
        )}.`
    )
  }

  /** Finds a security group by id or by name in a region. */
  async firewall(
    input: string,
    value: string,
    regionCode: string
  ): Promise<Firewall> {
    const firewalls = await this.firewalls(regionCode)
    const matches = firewalls.filter(
      (item) => item.firewallUUID === value || item.firewallName === value
    )
    if (matches.length > 1) {
      throw new InputError(
        `Security group name ${quote(value)} (input ${input}) is ambiguous ` +
          `in ${regionCode}: ${matches.map((item) => item.firewallUUID).join(', ')}. ` +
          `Use one of these ids.`
      )
    }
    const match = matches[0]
    if (match === undefined) {
      const names = firewalls.flatMap((item) => [
        item.firewallUUID,
        item.firewallName
      ])
      throw new InputError(
        `Security group ${quote(value)} (input ${input}) was not found in ` +
          `${regionCode}. Security groups there: ${closest(value, names)}.`
      )
    }
    if (match.firewallStatus && match.firewallStatus !== 'AVAILABLE') {
      core.warning(
        `Security group ${match.firewallUUID} has status ${match.firewallStatus}, not AVAILABLE.`
      )
    }
    return match
  }
}

interface PackageSpec {
  cpu: number
  memory: number
  disk?: number
}

/** Parses `2c4g`, `2c4g50d` or `cpu=2,memory=4[,disk=50]`. */
export function parsePackageSpec(value: string): PackageSpec | undefined {
  const short = /^(\d+)c(\d+)g(?:(\d+)d)?$/i.exec(value.trim())
  if (short) {
    const disk = short[3] ? Number(short[3]) : undefined
    return { cpu: Number(short[1]), memory: Number(short[2]), disk }
  }
  const fields = new Map<string, number>()
  for (const part of value.split(',')) {
    const pair = /^\s*(cpu|memory|disk)\s*=\s*(\d+)\s*$/i.exec(part)
    if (!pair) return undefined
    fields.set(pair[1].toLowerCase(), Number(pair[2]))
  }
  const cpu = fields.get('cpu')
  const memory = fields.get('memory')
  if (cpu === undefined || memory === undefined) return undefined
  return { cpu, memory, disk: fields.get('disk') }
}

function fitsSpec(item: Package, spec: PackageSpec): boolean {
  if (item.cpu !== spec.cpu || item.memory !== spec.memory) return false
  return spec.disk === undefined || (item.systemDiskSize ?? 0) >= spec.disk
}

function bySize(a: Package, b: Package): number {
  const keys: (keyof Package)[] = [
    'systemDiskSize',
    'dataDiskSize',
    'bandwidth'
  ]
  for (const key of keys) {
    const difference = Number(a[key] ?? 0) - Number(b[key] ?? 0)
    if (difference !== 0) return difference
  }
  return a.packageCode.localeCompare(b.packageCode)
}

function startsWithWord(name: string, prefix: string): boolean {
  if (!name.startsWith(prefix)) return false
  const next = name.charAt(prefix.length)
  return (
    next === '' ||
    !/[0-9a-z]/.test(next) ||
    /[a-z]$/.test(prefix) !== /[a-z]/.test(next)
  )
}

function imageVersion(image: Image): string {
  return image.osVersionDetail || image.osDistroVersion || image.imageName
}

/** Compares version-like strings by their numbers: 22.04.3 > 22.04. */
export function compareVersions(a: string, b: string): number {
  const left = a.match(/\d+/g)?.map(Number) ?? []
  const right = b.match(/\d+/g)?.map(Number) ?? []
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? -1) - (right[i] ?? -1)
    if (difference !== 0) return difference
  }
  return a.localeCompare(b)
}
