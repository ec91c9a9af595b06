import * as core from '@actions/core'
import { Input, Output } from '../constants.js'
import type { Context } from '../context.js'
import type { Instance } from '../client/models.js'
import { listFleet } from '../fleet.js'
import { sleep } from '../deadline.js'
import { generatePassword } from '../validation.js'

/** A create request with every name resolved to the id the API takes. */
export interface CreatePlan {
  regionCode: string
  zoneCode: string
  packageCode: string
  imageResourceUUID: string
  sshKeyUUID?: string
  firewallUUID?: string
  hasSshKey: boolean
  /** Set by the first server that is really created, so one password serves all. */
  password?: string
  names: string[]
  /** Instances that already carry one of the names, by name. */
  existing: Map<string, Instance[]>
}

/** Resolves region, zone, package, image, key and security group. */
export async function planCreate(ctx: Context): Promise<CreatePlan> {
  const { settings, catalog } = ctx
  const region = await catalog.region(Input.Region, settings.region ?? '')
  const zoneCode = catalog.zone(Input.Zone, region, settings.zone)
  const regionCode = region.regionCode
  const [pkg, image, sshKey, firewall] = await Promise.all([
    catalog.package(
      Input.Package,
      settings.packageSpec ?? '',
      regionCode,
      zoneCode
    ),
    catalog.image(
      Input.Image,
      settings.image ?? '',
      regionCode,
      settings.imageType
    ),
    settings.sshKey ? catalog.sshKey(Input.SshKey, settings.sshKey) : undefined,
    settings.securityGroup
      ? catalog.firewall(
          Input.SecurityGroup,
          settings.securityGroup,
          regionCode
        )
      : undefined
  ])
  const names = instanceNames(settings.instanceName ?? '', settings.count)
  const existing = await findExisting(ctx, names, regionCode)
  core.info(
    `Package ${pkg.packageCode} (${pkg.cpu ?? '?'} vCPU, ${pkg.memory ?? '?'} GB), ` +
      `image ${image.imageResourceUUID} (${image.osDistroVersion || image.imageName})`
  )
  return {
    regionCode,
    zoneCode,
    packageCode: pkg.packageCode,
    imageResourceUUID: image.imageResourceUUID,
    sshKeyUUID: sshKey?.sshKeyUUID,
    firewallUUID: firewall?.firewallUUID,
    hasSshKey: sshKey !== undefined,
    names,
    existing
  }
}

export function instanceNames(name: string, count: number): string[] {
  if (count === 1) return [name]
  return Array.from({ length: count }, (_, index) => `${name}-${index + 1}`)
}

/**
 * Uses the given password, or generates one when no SSH key is given
 * either, so that the server can be logged in to. A generated password is
 * masked before it is output.
 */
export function choosePassword(
  ctx: Context,
  hasSshKey: boolean
): string | undefined {
  if (ctx.settings.password !== undefined) return ctx.settings.password
  if (hasSshKey) return undefined
  const password = generatePassword()
  core.setSecret(password)
  core.setOutput(Output.Password, password)
  core.info('Generated a root password; it is in the masked output password.')
  return password
}

async function findExisting(
  ctx: Context,
  names: string[],
  regionCode: string
): Promise<Map<string, Instance[]>> {
  const fleet = await listFleet(ctx.client, ctx.catalog, { region: regionCode })
  const existing = new Map<string, Instance[]>()
  for (const instance of fleet) {
    if (!names.includes(instance.instanceName)) continue
    const list = existing.get(instance.instanceName) ?? []
    list.push(instance)
    existing.set(instance.instanceName, list)
  }
  return existing
}

/** How often to list the zone when looking for a server the API made. */
const LOOK_UP_ATTEMPTS = 3

/**
 * Finds a server named `name` that is not among the known ones, listing
 * the zone a few times because a new server may take a moment to show.
 */
export async function findNewServer(
  ctx: Context,
  plan: CreatePlan,
  name: string
): Promise<Instance | undefined> {
  const known = new Set(
    (plan.existing.get(name) ?? []).map((item) => item.ecsResourceUUID)
  )
  for (let attempt = 1; attempt <= LOOK_UP_ATTEMPTS; attempt++) {
    const listed = await ctx.client.listInstances(
      plan.regionCode,
      plan.zoneCode
    )
    const found = listed.find(
      (item) => item.instanceName === name && !known.has(item.ecsResourceUUID)
    )
    if (found || attempt === LOOK_UP_ATTEMPTS) return found
    await sleep(Math.min(1000, ctx.settings.pollIntervalMs), ctx.deadline)
  }
  return undefined
}
