import * as core from '@actions/core'
import { Input, Output } from '../constants.js'
import type { Instance, TaskAck } from '../client/models.js'
import type { Context } from '../context.js'
import { waitForPorts } from '../ports.js'
import { setInstanceOutputs, setInstancesOutput } from '../report.js'
import { errorMessage } from '../client/errors.js'
import {
  choosePassword,
  findNewServer,
  planCreate,
  type CreatePlan
} from './create-plan.js'
import { deleteInstance } from './delete.js'
import { awaitWrite, sendWrite } from './write.js'
import { powerOneForReuse } from './reuse.js'
import { findRaceWinner } from './create-race.js'
import {
  cleanUpFailedCreate,
  cleanUpPartial,
  cleanUpUnanswered
} from './cleanup.js'
import { commentIfAsked } from './pr-comment.js'

/** The result of creating or reusing one named server. */
interface CreateOutcome {
  instance?: Instance
  created: boolean
}

/** Creates the server (or `count` servers), waits for them and outputs them. */
export async function runCreate(ctx: Context): Promise<void> {
  const plan = await ctx.report.phase('Resolving the request', () =>
    planCreate(ctx)
  )
  const single = plan.names.length === 1
  const results = await Promise.allSettled(
    plan.names.map((name) => createOrReuse(ctx, plan, name, single))
  )
  const failed = results.filter((result) => result.status === 'rejected')
  const outcomes = results
    .filter((result) => result.status === 'fulfilled')
    .map((result) => (result as PromiseFulfilledResult<CreateOutcome>).value)
  writeCreateOutputs(ctx, outcomes)
  if (failed.length === 0) {
    await commentIfAsked(ctx, [...ctx.report.instances.values()], false)
  }
  if (failed.length === 1 && single) throw failed[0].reason
  if (failed.length > 0) {
    const reasons = failed.map((result) => errorMessage(result.reason))
    await cleanUpPartial(ctx)
    throw new Error(reasons.join('\n'))
  }
}

function writeCreateOutputs(ctx: Context, outcomes: CreateOutcome[]): void {
  const instances = outcomes
    .map((outcome) => outcome.instance)
    .filter((instance): instance is Instance => instance !== undefined)
  if (instances.length > 0) setInstanceOutputs(instances[0])
  core.setOutput(Output.Created, String(outcomes[0]?.created ?? false))
  setInstancesOutput(instances)
  for (const instance of instances) ctx.report.addInstance(instance)
}

async function createOrReuse(
  ctx: Context,
  plan: CreatePlan,
  name: string,
  single: boolean
): Promise<CreateOutcome> {
  const existing = plan.existing.get(name) ?? []
  if (existing.length > 0) {
    const reused = await handleExisting(ctx, name, existing, single)
    if (reused) return reused
  }
  if (ctx.settings.dryRun) {
    core.info(
      `Dry run: would create ${name} in ${plan.zoneCode} with package ` +
        `${plan.packageCode} and image ${plan.imageResourceUUID}.`
    )
    return { created: false }
  }
  return createNew(ctx, plan, name, single)
}

/**
 * Applies if-exists to a name that is taken: returns the reused server,
 * throws for `fail`, or deletes the old server for `replace` and returns
 * undefined so that a new one is created.
 */
async function handleExisting(
  ctx: Context,
  name: string,
  existing: Instance[],
  single: boolean
): Promise<CreateOutcome | undefined> {
  const ids = existing.map((item) => item.ecsResourceUUID).join(', ')
  const { ifExists, dryRun } = ctx.settings
  if (ifExists === 'fail') {
    throw new Error(
      `An instance named '${name}' already exists: ${ids}. Delete it, choose ` +
        `another ${Input.InstanceName}, or set ${Input.IfExists}: reuse or replace.`
    )
  }
  if (ifExists === 'replace') {
    core.notice(`Replacing instance ${ids} named '${name}'`, {
      title: 'Replacing server'
    })
    for (const old of existing) await deleteInstance(ctx, old, false)
    return undefined
  }
  if (existing.length > 1) {
    throw new Error(
      `Several instances are named '${name}': ${ids}. Delete the extra ` +
        `ones or set ${Input.IfExists}: replace.`
    )
  }
  core.notice(`Reusing instance ${ids} named '${name}'`, {
    title: 'Reusing server'
  })
  const instance = dryRun
    ? existing[0]
    : await powerOneForReuse(ctx, existing[0], single)
  return { instance, created: false }
}

async function createNew(
  ctx: Context,
  plan: CreatePlan,
  name: string,
  single: boolean
): Promise<CreateOutcome> {
  core.info(`Creating instance ${name} in ${plan.zoneCode}`)
  plan.password ??= choosePassword(ctx, plan.hasSshKey)
  ctx.report.recordPending({
    name,
    regionCode: plan.regionCode,
    zoneCode: plan.zoneCode,
    knownIds: (plan.existing.get(name) ?? []).map(
      (item) => item.ecsResourceUUID
    )
  })
  let ack: TaskAck
  try {
    ack = await sendCreate(ctx, plan, name)
  } catch (error) {
    await cleanUpUnanswered(ctx, plan, name, error)
    throw error
  }
  const instanceId = ack.instanceId
  if (instanceId === undefined) {
    throw new Error(
      `The API accepted the creation of ${name} (task ${ack.taskId}) but ` +
        `returned no instance id, so the action cannot follow it. Look for ` +
        `'${name}' in the console.`
    )
  }
  ctx.report.recordCreated(instanceId)
  ctx.report.settlePending(name)
  if (ack.taskId) ctx.report.recordTask(ack.taskId, single)
  if (!ctx.settings.wait) {
    return { instance: await ctx.client.getInstance(instanceId), created: true }
  }
  let outcome: CreateOutcome | Instance
  try {
    outcome = await followCreate(ctx, plan, name, instanceId, ack.taskId)
  } catch (error) {
    await cleanUpFailedCreate(ctx, instanceId, error)
    throw error
  }
  if ('ecsResourceUUID' in outcome) {
    return yieldToWinner(ctx, name, outcome, instanceId, single)
  }
  return outcome
}

/**
 * Waits for a new server, then checks whether a concurrent run made a twin.
 * Every run checks after its own wait, so at least one of two racing runs
 * lists both servers, and the rule in findRaceWinner makes them agree.
 * Returns the twin that wins, if any.
 */
async function followCreate(
  ctx: Context,
  plan: CreatePlan,
  name: string,
  instanceId: string,
  taskId: string | undefined
): Promise<CreateOutcome | Instance> {
  const single = plan.names.length === 1
  const instance = await waitUntilUsable(ctx, instanceId, taskId, single)
  const winner = await findRaceWinner(ctx, plan, name, instanceId)
  return winner ?? { instance, created: true }
}

/** Deletes this run's twin of a server that a concurrent run made first. */
async function yieldToWinner(
  ctx: Context,
  name: string,
  winner: Instance,
  ownId: string,
  single: boolean
): Promise<CreateOutcome> {
  const own = await ctx.client.getInstance(ownId)
  if (own) await deleteInstance(ctx, own, false)
  ctx.report.forgetCreated(ownId)
  if (ctx.settings.ifExists === 'fail') {
    throw new Error(
      `Another run created a server named '${name}' at the same time ` +
        `(${winner.ecsResourceUUID}); this run deleted its own ${ownId}. ` +
        `Let only one workflow run create '${name}', or set ` +
        `${Input.IfExists}: reuse.`
    )
  }
  const instance = await powerOneForReuse(ctx, winner, single)
  return { instance, created: false }
}

async function waitUntilUsable(
  ctx: Context,
  instanceId: string,
  taskId: string | undefined,
  single: boolean
): Promise<Instance | undefined> {
  const instance = await awaitWrite(
    ctx,
    {
      instanceId,
      taskId,
      action: `creation of ${instanceId}`,
      target: { status: 'STARTED', needsPublicIp: true }
    },
    single
  )
  const ports = ctx.settings.waitForPorts
  if (instance && ports.length > 0) {
    await ctx.report.phase(`Waiting for port ${ports.join(', ')}`, () =>
      waitForPorts(instance.publicIpAddress, ports, ctx.deadline)
    )
  }
  return instance
}

/**
 * Sends the create call. When it is unclear whether the API acted on it,
 * looks for a new server with the name before sending again, because the
 * API has no idempotency key. Also finds the new server's id by name when
 * the response carries none.
 */
async function sendCreate(
  ctx: Context,
  plan: CreatePlan,
  name: string
): Promise<TaskAck> {
  let adopted: Instance | undefined
  const ack = await sendWrite(ctx, {
    action: `creation of ${name}`,
    instanceId: '',
    send: () =>
      ctx.client.createInstance({ ...requestFor(plan), instanceName: name }),
    lookUp: async () => (adopted = await findNewServer(ctx, plan, name)),
    tookEffect: (instance) => instance !== undefined
  })
  if (ack === undefined)
    return { instanceId: adopted?.ecsResourceUUID, raw: {} }
  if (ack.instanceId === undefined) {
    const found = await findNewServer(ctx, plan, name)
    return { ...ack, instanceId: found?.ecsResourceUUID }
  }
  return ack
}

function requestFor(plan: CreatePlan) {
  return {
    packageCode: plan.packageCode,
    regionCode: plan.regionCode,
    zoneCode: plan.zoneCode,
    instanceName: '',
    imageResourceUUID: plan.imageResourceUUID,
    sshKeyUUID: plan.sshKeyUUID,
    firewallUUID: plan.firewallUUID,
    password: plan.password
  }
}
