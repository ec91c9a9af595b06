/**
 * The read endpoints: regions, packages, images, firewalls, SSH keys,
 * instances and task results.
 */
import {
  instanceNotFound,
  requireRegion,
  requireZone,
  type HandlerContext
} from './context.js'
import { ApiError } from './errors.js'
import {
  listBody,
  pageOf,
  readPaging,
  renderInstance,
  taskBody
} from './render.js'

type Body = Record<string, unknown>

const imageTypes = ['System', 'Application', 'Self']

/** `GET /region/list`: every region, or only those not sold out. */
export function listRegions({ store, options }: HandlerContext): Body {
  const hideSoldOut = options.variants.soldOutRegions === 'hidden'
  const regions = store.catalog.regions
    .filter((region) => !(hideSoldOut && region.soldOut))
    .map((region) => ({
      regionCode: region.regionCode,
      regionName: region.regionName,
      zones: region.zones.map((zone) => ({ ...zone }))
    }))
  return listBody('regions', regions, regions.length, options.variants)
}

/** `GET /package/list?regionCode&zoneCode`: both filters are optional. */
export function listPackages({
  store,
  options,
  request
}: HandlerContext): Body {
  const { regionCode, zoneCode } = request.query
  let packages = store.catalog.packages
  if (regionCode) {
    const region = requireRegion(store, regionCode)
    if (zoneCode) requireZone(store, region, zoneCode)
    packages = packages.filter((pkg) => pkg.regionCode === regionCode)
  }
  if (zoneCode) packages = packages.filter((pkg) => pkg.zoneCode === zoneCode)
  const items = packages.map((pkg) => ({ ...pkg }))
  return listBody('packages', items, items.length, options.variants)
}

/** `GET /image/list?regionCode&imageType&page&pageSize`. */
export function listImages({ store, options, request }: HandlerContext): Body {
  const { regionCode, imageType } = request.query
  const paging = readPaging(request.query, options.variants)
  if (imageType && !imageTypes.includes(imageType)) {
    throw new ApiError(
      'InvalidParameter.ImageType',
      `imageType must be one of ${imageTypes.join(', ')}, got "${imageType}"`
    )
  }
  if (regionCode) requireRegion(store, regionCode)
  const images = store.catalog.images.filter(
    (image) =>
      (!regionCode || image.regionCode === regionCode) &&
      (!imageType || image.imageType === imageType)
  )
  const items = pageOf(images, paging).map((image) => ({ ...image }))
  return listBody('images', items, images.length, options.variants)
}

/** `GET /firewall/list?regionCode&page&pageSize`. */
export function listFirewalls({
  store,
  options,
  request
}: HandlerContext): Body {
  const { regionCode } = request.query
  const paging = readPaging(request.query, options.variants)
  if (regionCode) requireRegion(store, regionCode)
  const firewalls = store.catalog.firewalls.filter(
    (firewall) => !regionCode || firewall.regionCode === regionCode
  )
  const items = pageOf(firewalls, paging).map((firewall) => ({ ...firewall }))
  return listBody('firewalls', items, firewalls.length, options.variants)
}

/** `GET /sshKey/list`: every key, under the list key and ID field variants. */
export function listSshKeys({ store, options }: HandlerContext): Body {
  const { sshKeyListKey, sshKeyIdField } = options.variants
  const keys = store.catalog.sshKeys.map((key) => ({
    [sshKeyIdField]: key.sshKeyUUID,
    sshKeyName: key.sshKeyName,
    fingerprint: key.fingerprint,
    createTime: key.createTime
  }))
  return listBody(sshKeyListKey, keys, keys.length, options.variants)
}

function requireQuery(
  query: Record<string, string>,
  name: string,
  codePrefix: string
): string {
  const value = query[name]
  if (!value) throw new ApiError(`${codePrefix}.NotNull`, `${name} is required`)
  return value
}

/** `GET /instance/list?regionCode&zoneCode&page&pageSize`: one zone's instances. */
export function listInstances({
  store,
  options,
  request
}: HandlerContext): Body {
  const { query } = request
  const regionCode = requireQuery(query, 'regionCode', 'InvalidRegionCode')
  const zoneCode = requireQuery(query, 'zoneCode', 'InvalidZoneCode')
  const paging = readPaging(query, options.variants)
  requireZone(store, requireRegion(store, regionCode), zoneCode)
  const instances = [...store.instances.values()].filter(
    (instance) =>
      instance.regionCode === regionCode && instance.zoneCode === zoneCode
  )
  const items = pageOf(instances, paging).map((instance) =>
    renderInstance(instance, options)
  )
  return listBody('instances', items, instances.length, options.variants)
}

/** `GET /instance/detail?ecsResourceUUID=`: wrapped or bare, per variant. */
export function instanceDetail({
  store,
  options,
  request
}: HandlerContext): Body {
  const id = requireQuery(request.query, 'ecsResourceUUID', 'InvalidInstanceId')
  const instance = store.instances.get(id)
  const variants = options.variants
  if (!instance) {
    const status =
      variants.missingInstance === 'http-404'
        ? 404
        : variants.missingInstanceStatus
    throw instanceNotFound(id, status)
  }
  const model = renderInstance(instance, options)
  if (variants.detailWrapper === 'bare') return model
  return { instance: model, httpStatus: 202, rowCount: 0 }
}

/** `GET /asynctask/getResult?asyncTaskUUID=`. */
export function taskResult({ store, options, request }: HandlerContext): Body {
  const id = requireQuery(
    request.query,
    'asyncTaskUUID',
    'InvalidAsyncTaskUUID'
  )
  const task = store.findTask(id, request.now)
  const variants = options.variants
  if (!task) {
    const status =
      variants.unknownTask === 'http-404' ? 404 : variants.unknownTaskStatus
    throw new ApiError(
      'InvalidAsyncTaskUUID.NotFound',
      `async task ${id} not found or expired`,
      status
    )
  }
  return taskBody(task, variants)
}
