/**
 * Seed data: regions with zones, packages per zone, images per region, SSH
 * keys and firewalls. Seed IDs are derived from names, so they stay the
 * same from one run to the next.
 */
import { formatTime, stableId } from './ids.js'
import type {
  Firewall,
  Image,
  Package,
  Region,
  SshKey,
  Zone
} from './models.js'
import type { FleetOptions } from './options.js'

export interface Catalog {
  regions: Region[]
  packages: Package[]
  images: Image[]
  sshKeys: SshKey[]
  firewalls: Firewall[]
}

const seedRegions: Array<[code: string, name: string, soldOut: boolean]> = [
  ['ru-moscow-1', 'Moscow', false],
  ['cn-taiwan-2', 'Taipei', false],
  ['tr-ist-1', 'Istanbul', false],
  ['us-lax-1', 'Los Angeles', false],
  ['sau-jeddah-1', 'Jeddah', true]
]

/** Package sizes: cpu, memory GB, system disk GB, bandwidth Mbps. */
const packageSizes: Array<[number, number, number, number]> = [
  [1, 1, 25, 5],
  [1, 2, 50, 5],
  [2, 2, 50, 10],
  [2, 4, 50, 10],
  [4, 8, 100, 20],
  [8, 16, 200, 30]
]

interface ImageSeed {
  name: string
  type: Image['imageType']
  osVersion: string
  detail: string
  distro: string
  account: string
}

const imageSeeds: ImageSeed[] = [
  system('Ubuntu', 'Ubuntu 22.04', 'Ubuntu 22.04.4 LTS 64bit', 'root'),
  system('Ubuntu', 'Ubuntu 24.04', 'Ubuntu 24.04.1 LTS 64bit', 'root'),
  system('Debian', 'Debian 12', 'Debian 12.7 64bit', 'root'),
  system('Debian', 'Debian 11', 'Debian 11.11 64bit', 'root'),
  system('AlmaLinux', 'AlmaLinux 9', 'AlmaLinux 9.4 64bit', 'root'),
  system(
    'Windows',
    'Windows Server 2022',
    'Windows Server 2022 Datacenter 64bit',
    'Administrator'
  ),
  {
    name: 'Docker CE on Ubuntu 22.04',
    type: 'Application',
    osVersion: 'Ubuntu',
    detail: 'Ubuntu 22.04.4 LTS 64bit with Docker CE 27',
    distro: 'Ubuntu 22.04',
    account: 'root'
  }
]

function system(
  osVersion: string,
  distro: string,
  detail: string,
  account: string
): ImageSeed {
  return {
    name: `${distro} 64bit`,
    type: 'System',
    osVersion,
    detail,
    distro,
    account
  }
}

/** Fixed time of the seed data, so seed bodies are the same on every run. */
const seedTime = formatTime(Date.UTC(2025, 0, 15, 8, 30, 0))

function zonesOf(regionCode: string, regionName: string): Zone[] {
  return [{ zoneCode: `${regionCode}-a`, zoneName: `${regionName} Zone A` }]
}

function packagesFor(region: Region, zone: Zone): Package[] {
  return packageSizes.map(([cpu, memory, disk, bandwidth], index) => ({
    packageCode: `${zone.zoneCode}-${cpu}c${memory}g`,
    regionCode: region.regionCode,
    zoneCode: zone.zoneCode,
    cpu,
    memory,
    systemDiskSize: disk,
    dataDiskSize: 0,
    bandwidth,
    freeFlow: 1000 * cpu,
    publicIpChargeMode: index === 1 ? 'PayByTraffic' : 'PayByBandwidth'
  }))
}

function imagesFor(regionCode: string): Image[] {
  return imageSeeds.map((seed) => ({
    imageResourceUUID: stableId('img-', `${regionCode}/${seed.name}`),
    imageName: seed.name,
    imageType: seed.type,
    osVersion: seed.osVersion,
    osVersionDetail: seed.detail,
    osDistroVersion: seed.distro,
    imageAccount: seed.account,
    regionCode
  }))
}

function firewallsFor(regionCode: string): Firewall[] {
  const firewall = (name: string, status: string): Firewall => ({
    firewallUUID: stableId('fw-', `${regionCode}/${name}`),
    firewallName: name,
    firewallStatus: status,
    regionCode
  })
  return [firewall('default', 'AVAILABLE'), firewall('web-legacy', 'CREATING')]
}

function sshKeys(): SshKey[] {
  return ['deploy-key', 'ci-key'].map((name) => ({
    sshKeyUUID: stableId('key-', name),
    sshKeyName: name,
    fingerprint: `SHA256:${stableId('', `${name}/fingerprint`)}`,
    createTime: seedTime
  }))
}

/** Names the generated fleet regions `fleet-1`, `fleet-2`, … */
export function fleetRegionCode(index: number): string {
  return `fleet-${index + 1}`
}

/** Builds the seed catalog, with `fleet.zones` extra one-zone regions. */
export function buildCatalog(fleet: FleetOptions | null): Catalog {
  const regions: Region[] = seedRegions.map(([code, name, soldOut]) => ({
    regionCode: code,
    regionName: name,
    soldOut,
    zones: zonesOf(code, name)
  }))
  for (let i = 0; i < (fleet?.zones ?? 0); i++) {
    const code = fleetRegionCode(i)
    const name = `Fleet ${i + 1}`
    regions.push({
      regionCode: code,
      regionName: name,
      soldOut: false,
      zones: zonesOf(code, name)
    })
  }
  const catalog: Catalog = {
    regions,
    packages: [],
    images: [],
    sshKeys: sshKeys(),
    firewalls: []
  }
  for (const region of regions) {
    for (const zone of region.zones) {
      catalog.packages.push(...packagesFor(region, zone))
    }
    catalog.images.push(...imagesFor(region.regionCode))
    catalog.firewalls.push(...firewallsFor(region.regionCode))
  }
  return catalog
}
