import * as core from '@actions/core'
import { Input, Output } from '../constants.js'
import type { Context } from '../context.js'
import { secretFreeJson } from '../report.js'

function outputResult(
  ctx: Context,
  rows: { raw: unknown }[],
  what: string
): void {
  core.info(`Found ${rows.length} ${what}`)
  ctx.report.notes.push(`Found ${rows.length} ${what}.`)
  core.setOutput(Output.Result, secretFreeJson(rows.map((row) => row.raw)))
}

export async function runRegions(ctx: Context): Promise<void> {
  outputResult(ctx, await ctx.catalog.regions(), 'region(s)')
}

/** Lists the packages of one zone, or of every zone of the region. */
export async function runPackages(ctx: Context): Promise<void> {
  const { catalog, settings } = ctx
  const region = await catalog.region(Input.Region, settings.region ?? '')
  const zones = settings.zone
    ? [catalog.zone(Input.Zone, region, settings.zone)]
    : region.zones.map((zone) => zone.zoneCode)
  const lists = await Promise.all(
    zones.map((zone) => catalog.packages(region.regionCode, zone))
  )
  outputResult(ctx, lists.flat(), 'package(s)')
}

export async function runImages(ctx: Context): Promise<void> {
  const { catalog, settings } = ctx
  const region = await catalog.region(Input.Region, settings.region ?? '')
  const images = await catalog.images(region.regionCode, settings.imageType)
  outputResult(ctx, images, `${settings.imageType} image(s)`)
}

export async function runSecurityGroups(ctx: Context): Promise<void> {
  const { catalog, settings } = ctx
  const region = await catalog.region(Input.Region, settings.region ?? '')
  outputResult(
    ctx,
    await catalog.firewalls(region.regionCode),
    'security group(s)'
  )
}

export async function runSshKeys(ctx: Context): Promise<void> {
  outputResult(ctx, await ctx.catalog.sshKeys(), 'SSH key(s)')
}
