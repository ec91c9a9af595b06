import * as core from '@actions/core'
import { Catalog } from './catalog.js'
import { LightNodeClient } from './client/lightnode.js'
import type { Instance, Region } from './client/models.js'
import { InputError } from './validation.js'
import { mapLimit } from './concurrency.js'

/** The form of region codes such as ru-moscow-1 or sau-jeddah-1. */
const REGION_CODE = /^[a-z]+(-[a-z]+)+-\d+$/

/** At most this many list requests are in flight during a fleet search. */
export const FLEET_CONCURRENCY = 8

export interface ZoneRef {
  regionCode: string
  zoneCode: string
}

export interface FleetScope {
  region?: string
  zone?: string
}

/** Lists the zones to search: the given zone, a region's zones, or all. */
export async function zonesInScope(
  catalog: Catalog,
  scope: FleetScope,
  input: string
): Promise<ZoneRef[]> {
  if (scope.region === undefined) {
    // NOTE: regions that the region list leaves out (sold out) are not
    // searched here; their servers are found only when region names them.
    const regions = await catalog.regions()
    return regions.flatMap((region) =>
      region.zones.map((zone) => ({
        regionCode: region.regionCode,
        zoneCode: zone.zoneCode
      }))
    )
  }
  const region = await regionOrUnlisted(catalog, scope.region, input)
  if (scope.zone !== undefined && region.zones.length === 0) {
    return [{ regionCode: region.regionCode, zoneCode: scope.zone }]
  }
  if (scope.zone !== undefined) {
    const zoneCode = catalog.zone('zone', region, scope.zone)
    return [{ regionCode: region.regionCode, zoneCode }]
  }
  const codes = region.zones.length
    ? region.zones.map((zone) => zone.zoneCode)
    : [`${region.regionCode}-a`]
  return codes.map((zoneCode) => ({ regionCode: region.regionCode, zoneCode }))
}

/**
 * Finds a region, or substitutes one that the region list leaves out: the
 * API drops sold-out regions from it while their servers stay reachable.
 * Such a region is searched in the zone given, or in `<region>-a`.
 */
async function regionOrUnlisted(
  catalog: Catalog,
  value: string,
  input: string
): Promise<Region> {
  try {
    return await catalog.region(input, value)
  } catch (error) {
    if (!(error instanceof InputError) || !REGION_CODE.test(value)) throw error
    core.warning(
      `Region ${value} is not in the region list (it may be sold out); ` +
        `searching it anyway.`
    )
    return { regionCode: value, regionName: '', zones: [], raw: {} }
  }
}

/**
 * Lists every instance in scope. The API has no account-wide list, so this
 * pages through each zone, several zones at a time.
 */
export async function listFleet(
  client: LightNodeClient,
  catalog: Catalog,
  scope: FleetScope
): Promise<Instance[]> {
  const zones = await zonesInScope(catalog, scope, 'region')
  core.debug(`Listing instances in ${zones.length} zone(s)`)
  const perZone = await mapLimit(zones, FLEET_CONCURRENCY, (zone) =>
    client.listInstances(zone.regionCode, zone.zoneCode)
  )
  const seen = new Set<string>()
  return perZone.flat().filter((instance) => {
    if (seen.has(instance.ecsResourceUUID)) return false
    seen.add(instance.ecsResourceUUID)
    return true
  })
}

/** Finds instances whose name is exactly `name`. */
export async function findByName(
  client: LightNodeClient,
  catalog: Catalog,
  name: string,
  scope: FleetScope
): Promise<Instance[]> {
  const fleet = await listFleet(client, catalog, scope)
  return fleet.filter((instance) => instance.instanceName === name)
}
