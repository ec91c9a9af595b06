import { ApiError } from './errors.js'
import type { InstanceRecord, Region, Zone } from './models.js'
import type { EmulatorOptions } from './options.js'
import type { Store } from './store.js'

/** One API request after authentication and body parsing. */
export interface ApiRequest {
  method: string
  path: string
  query: Record<string, string>
  /** The JSON object of a POST body; empty for GET. */
  body: Record<string, unknown>
  /** Arrival time, ms epoch. */
  now: number
}

/** Inputs of an endpoint handler: the store, the options and the request. */
export interface HandlerContext {
  store: Store
  options: EmulatorOptions
  request: ApiRequest
}

/** Returns the region, or throws `InvalidRegionCode.NotFound`. */
export function requireRegion(store: Store, regionCode: string): Region {
  const region = store.findRegion(regionCode)
  if (!region) {
    throw new ApiError(
      'InvalidRegionCode.NotFound',
      `region ${regionCode} not found`
    )
  }
  return region
}

/** Returns the zone of the region, or throws `InvalidZoneCode.NotFound`. */
export function requireZone(
  store: Store,
  region: Region,
  zoneCode: string
): Zone {
  const zone = store.findZone(region, zoneCode)
  if (!zone) {
    throw new ApiError(
      'InvalidZoneCode.NotFound',
      `zone ${zoneCode} not found in region ${region.regionCode}`
    )
  }
  return zone
}

/** Builds the error for an instance ID that does not exist. */
export function instanceNotFound(
  instanceId: string,
  status?: number
): ApiError {
  return new ApiError(
    'InvalidInstanceId.NotFound',
    `instance ${instanceId} not found`,
    status
  )
}

/** Returns the instance of an existing ID, or throws not found. */
export function requireInstance(
  store: Store,
  instanceId: string
): InstanceRecord {
  const instance = store.instances.get(instanceId)
  if (!instance) throw instanceNotFound(instanceId)
  return instance
}
