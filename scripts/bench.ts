/**
 * Benchmarks the bundled action (dist/) against local LightNode emulators:
 * bundle size, cold start, peak memory, the time from a task's completion
 * to the step's exit, and the fleet look-up by name. Prints a table and
 * writes BENCHMARKS.md.
 *
 * Usage: npm run bench [-- --quick [--write]]
 * Every emulator listens on 127.0.0.1, so no traffic leaves this machine.
 */
import { execFileSync, spawn } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import * as prettier from 'prettier'
import {
  LightNodeEmulator,
  type DeepPartial,
  type EmulatorOptions,
  type Operation,
  type RecordedCall
} from '../emulator/index.js'
import {
  BUNDLE,
  ROOT,
  inputVariable,
  runStep,
  type StepResult
} from './local-runner.js'

const TOKEN = 'bench-token'
const TIME_COMMAND = '/usr/bin/time'
const NCC = join(ROOT, 'node_modules', '.bin', 'ncc')
const REPORT_FILE = join(ROOT, 'BENCHMARKS.md')

/** Decimal megabyte, the unit of every size and memory figure. */
const MB = 1_000_000
const BUNDLE_LIMIT_BYTES = 1.5 * MB
const OPERATION_MEMORY_LIMIT_BYTES = 80 * MB
const COLD_START_MEMORY_MARGIN_BYTES = 5 * MB
const FLOOR_TIME_RATIO_LIMIT = 1.1
const EMPTY_TIME_RATIO_LIMIT = 1.7
/** Median overhead limit for tasks of up to 10 s. */
const SHORT_TASK_OVERHEAD_LIMIT_MS = 1000
const SHORT_TASK_MAX_MS = 10_000
/** Mean overhead limit for longer tasks: a quarter of the 5 s poll-interval. */
const LONG_TASK_OVERHEAD_LIMIT_MS = 1250
const LONG_CREATE_CALL_LIMIT = 25
/** The action's own limit on list requests in flight (FLEET_CONCURRENCY). */
const FLEET_IN_FLIGHT_LIMIT = 8
const FLEET = { zones: 30, instancesPerZone: 150 }
const FLEET_LATENCY_MS = 50
const FLEET_TARGET_NAME = 'fleet-17-node-75'
/** Delay between the starts of lifecycle runs that share a task duration. */
const LIFECYCLE_STAGGER_MS = 1000

/** How many runs each figure takes; `--quick` lowers them. */
interface BenchPlan {
  quick: boolean
  write: boolean
  /** Node.js binary that runs the steps and the cold-start subjects. */
  node: string
  coldStartRounds: number
  memoryRuns: number
  fleetRuns: number
  durations: Array<{ taskMs: number; runs: number }>
}

/** One line of the results table; `met` is undefined for context figures. */
interface Row {
  figure: string
  result: string
  target: string
  met?: boolean
}

interface Report {
  rows: Row[]
  /** Extra markdown sections, such as the per-step table of overheads. */
  sections: string[]
  /** Explanations of targets that are not met, with the numbers behind them. */
  gaps: string[]
}

const USAGE = `Usage: npm run bench [-- [--quick [--write]] [--node PATH]]

  --quick      fewer runs, and 20 s instead of 60 s for the long tasks
               (about 3 minutes instead of about 6); prints the table only
  --write      with --quick, also write BENCHMARKS.md
  --node PATH  Node.js binary that runs the action and the cold-start
               baselines; default: the one that runs this script
  --help       print this text`

/** An invalid command line; main prints its message without a stack trace. */
class UsageError extends Error {}

function parseArgs(argv: string[]): BenchPlan {
  let node = process.execPath
  const flags: string[] = []
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] !== '--node') {
      flags.push(argv[i])
      continue
    }
    node = argv[++i] ?? ''
    if (!existsSync(node)) {
      throw new UsageError(
        `Invalid --node ${JSON.stringify(node)}: pass the path of a ` +
          `Node.js binary.`
      )
    }
  }
  for (const flag of flags) {
    if (!['--quick', '--write', '--help'].includes(flag)) {
      throw new UsageError(`Unknown option ${flag}.\n\n${USAGE}`)
    }
  }
  if (flags.includes('--help')) {
    console.log(USAGE)
    process.exit(0)
  }
  const quick = flags.includes('--quick')
  return {
    quick,
    write: !quick || flags.includes('--write'),
    node,
    coldStartRounds: quick ? 7 : 21,
    memoryRuns: quick ? 3 : 5,
    fleetRuns: quick ? 3 : 7,
    durations: quick
      ? [
          { taskMs: 2000, runs: 3 },
          { taskMs: 10_000, runs: 3 },
          { taskMs: 20_000, runs: 3 }
        ]
      : [
          { taskMs: 2000, runs: 7 },
          { taskMs: 10_000, runs: 7 },
          { taskMs: 60_000, runs: 5 }
        ]
  }
}

// ---- statistics and formatting ----------------------------------------

function median(values: number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length
}

function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a'
  return Math.abs(ms) < 1000
    ? `${Math.round(ms)} ms`
    : `${(ms / 1000).toFixed(2)} s`
}

function formatMb(bytes: number): string {
  return Number.isFinite(bytes) ? `${(bytes / MB).toFixed(2)} MB` : 'n/a'
}

function formatRatio(ratio: number): string {
  return `${ratio.toFixed(2)}×`
}

function formatSeconds(ms: number): string {
  return `${ms / 1000} s`
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Returns the error annotations of a failed step, or its stderr. */
function failureText(result: StepResult): string {
  const errors = result.stdout
    .split('\n')
    .filter((line) => line.startsWith('::error'))
  return (errors.join('\n') || result.stderr).slice(0, 2000)
}

function expectSuccess(result: StepResult, operation: string): void {
  if (result.exitCode !== 0) {
    throw new Error(
      `The ${operation} step failed (exit ${result.exitCode}):\n` +
        failureText(result)
    )
  }
}

async function withEmulator<T>(
  options: DeepPartial<EmulatorOptions>,
  body: (emulator: LightNodeEmulator, url: string) => Promise<T>
): Promise<T> {
  const emulator = new LightNodeEmulator({ tokens: [TOKEN], ...options })
  const url = await emulator.start(0, '127.0.0.1')
  try {
    return await body(emulator, url)
  } finally {
    await emulator.stop()
  }
}

/** Returns the inputs of every step: the token and the emulator's URL. */
function commonInputs(url: string): Record<string, string> {
  return { 'api-token': TOKEN, 'api-url': url }
}

// ---- 1. bundle size ---------------------------------------------------

function jsBytes(folder: string): number {
  const names = readdirSync(folder, { recursive: true, encoding: 'utf8' })
  return names
    .filter((name) => name.endsWith('.js'))
    .reduce((sum, name) => sum + statSync(join(folder, name)).size, 0)
}

function measureBundle(report: Report, floorBundle: string): void {
  const total = jsBytes(join(ROOT, 'dist'))
  const entry = statSync(BUNDLE).size
  const floor = statSync(floorBundle).size
  const target = `< ${formatMb(BUNDLE_LIMIT_BYTES)}`
  report.rows.push(
    {
      figure: 'Bundle: all dist/ JS files',
      result: formatMb(total),
      target,
      met: total < BUNDLE_LIMIT_BYTES
    },
    {
      figure: 'Bundle: dist/index.js',
      result: `${formatMb(entry)} (floor bundle: ${formatMb(floor)})`,
      target,
      met: entry < BUNDLE_LIMIT_BYTES
    }
  )
}

// ---- 2. cold start ----------------------------------------------------

/** Entry of the floor bundle: what the dependencies alone cost to load. */
const FLOOR_ENTRY =
  "import * as core from '@actions/core'\n" +
  "import { HttpClient } from '@actions/http-client'\n" +
  'core.setFailed(String(typeof HttpClient))\n'

/** Entry of a bundle of undici alone, which @actions/http-client imports. */
const UNDICI_ENTRY =
  "import { ProxyAgent } from 'undici'\n" + 'console.log(typeof ProxyAgent)\n'

/**
 * Bundles a one-file ES module entry with the build script's ncc options
 * into `folder/name`, resolving packages from the project's node_modules.
 * Returns the bundle's index.js.
 */
function buildBundle(folder: string, name: string, source: string): string {
  const modules = join(folder, 'node_modules')
  if (!existsSync(modules)) {
    symlinkSync(join(ROOT, 'node_modules'), modules)
    writeFileSync(join(folder, 'package.json'), '{"type":"module"}\n')
  }
  const entry = `${name}-entry.js`
  writeFileSync(join(folder, entry), source)
  const out = join(folder, name)
  execFileSync(
    NCC,
    ['build', entry, '-o', out, '--license', 'licenses.txt', '--minify'],
    { cwd: folder, stdio: 'pipe' }
  )
  return join(out, 'index.js')
}

/**
 * Builds the environment that the runner gives a step, as
 * scripts/local-runner.ts does, with empty output, state and summary files.
 */
function runnerEnv(
  folder: string,
  inputs: Record<string, string>
): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? folder,
    GITHUB_OUTPUT: join(folder, 'output'),
    GITHUB_STATE: join(folder, 'state'),
    GITHUB_STEP_SUMMARY: join(folder, 'summary'),
    RUNNER_TEMP: folder
  }
  for (const name of ['output', 'state', 'summary']) {
    writeFileSync(join(folder, name), '')
  }
  for (const [name, value] of Object.entries(inputs)) {
    env[inputVariable(name)] = value
  }
  return env
}

interface ProcessRun {
  exitCode: number | null
  wallMs: number
  stdout: string
}

/**
 * Runs a command to its end. Wall time is from spawn to the close of the
 * child's output.
 */
function timeProcess(
  command: string,
  args: string[],
  env: Record<string, string>
): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, {
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.resume()
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
    child.on('error', reject)
    child.on('close', (exitCode) => {
      clearTimeout(timer)
      resolve({ exitCode, wallMs: performance.now() - started, stdout })
    })
  })
}

/** Reads the peak RSS in bytes from a file written by `time -f %M -o FILE`. */
function readMaxRss(file: string): number {
  // GNU time writes "Command exited with non-zero status N" before the format.
  const lines = readFileSync(file, 'utf8').trim().split('\n')
  const kilobytes = Number(lines[lines.length - 1])
  if (!Number.isFinite(kilobytes)) {
    throw new Error(`${TIME_COMMAND} wrote no peak RSS to ${file}`)
  }
  return kilobytes * 1024
}

/** Runs a command under GNU time and returns the child's peak RSS in bytes. */
async function maxRssOfProcess(
  command: string,
  args: string[],
  env: Record<string, string>,
  folder: string
): Promise<number> {
  const rssFile = join(folder, 'max-rss')
  await timeProcess(
    TIME_COMMAND,
    ['-f', '%M', '-o', rssFile, command, ...args],
    env
  )
  return readMaxRss(rssFile)
}

interface ColdStartSubject {
  name: string
  args: string[]
  wallMs: number[]
  maxRss: number[]
}

interface ColdStartBundles {
  floor: string
  undici: string
}

async function measureColdStart(
  report: Report,
  plan: BenchPlan,
  bundles: ColdStartBundles,
  folder: string
): Promise<void> {
  const subject = (name: string, args: string[]): ColdStartSubject => ({
    name,
    args,
    wallMs: [],
    maxRss: []
  })
  const empty = subject('empty Node process', ['-e', '0'])
  const undici = subject('undici alone', [bundles.undici])
  const floor = subject('floor bundle', [bundles.floor])
  const action = subject('action, invalid operation', [BUNDLE])
  const subjects = [empty, undici, floor, action]

  const inputs = { operation: 'not-an-operation' }
  const check = await timeProcess(
    plan.node,
    [BUNDLE],
    runnerEnv(folder, inputs)
  )
  if (check.exitCode !== 1 || !check.stdout.includes('::error')) {
    throw new Error(
      `The action did not reject operation: not-an-operation as expected ` +
        `(exit code 1 and an error annotation); it exited ` +
        `${check.exitCode}:\n${check.stdout}`
    )
  }

  const canMeasureMemory = existsSync(TIME_COMMAND)
  // Each round starts with the next subject, so no subject always runs first.
  for (let round = 0; round < plan.coldStartRounds; round++) {
    for (let k = 0; k < subjects.length; k++) {
      const current = subjects[(round + k) % subjects.length]
      const env = runnerEnv(folder, inputs)
      const run = await timeProcess(plan.node, current.args, env)
      current.wallMs.push(run.wallMs)
      if (canMeasureMemory) {
        current.maxRss.push(
          await maxRssOfProcess(plan.node, current.args, env, folder)
        )
      }
    }
  }
  reportColdStart(report, { empty, undici, floor, action }, canMeasureMemory)
}

interface ColdStartFigure {
  name: string
  wallMs: number
  maxRss: number
}

function reportColdStart(
  report: Report,
  subjects: Record<
    keyof ColdStartBundles | 'empty' | 'action',
    ColdStartSubject
  >,
  canMeasureMemory: boolean
): void {
  const figure = (item: ColdStartSubject): ColdStartFigure => ({
    name: item.name,
    wallMs: median(item.wallMs),
    maxRss: median(item.maxRss)
  })
  const empty = figure(subjects.empty)
  const undici = figure(subjects.undici)
  const floor = figure(subjects.floor)
  const action = figure(subjects.action)
  for (const item of [empty, undici, floor, action]) {
    report.rows.push({
      figure: `Cold start: ${item.name}`,
      result: canMeasureMemory
        ? `${formatMs(item.wallMs)}, peak RSS ${formatMb(item.maxRss)}`
        : `${formatMs(item.wallMs)}`,
      target: ''
    })
  }

  const floorRatio = action.wallMs / floor.wallMs
  const emptyRatio = action.wallMs / empty.wallMs
  report.rows.push(
    {
      figure: 'Cold start: action time / floor bundle',
      result: formatRatio(floorRatio),
      target: `≤ ${formatRatio(FLOOR_TIME_RATIO_LIMIT)}`,
      met: floorRatio <= FLOOR_TIME_RATIO_LIMIT
    },
    {
      figure: 'Cold start: action time / empty Node process',
      result: formatRatio(emptyRatio),
      target: `≤ ${formatRatio(EMPTY_TIME_RATIO_LIMIT)}`,
      met: emptyRatio <= EMPTY_TIME_RATIO_LIMIT
    }
  )

  const extraRss = action.maxRss - floor.maxRss
  report.rows.push({
    figure: 'Cold start: action peak RSS − floor bundle',
    result: canMeasureMemory
      ? `${extraRss >= 0 ? '+' : ''}${formatMb(extraRss)}`
      : `not measured: ${TIME_COMMAND} is missing`,
    target: `≤ +${formatMb(COLD_START_MEMORY_MARGIN_BYTES)}`,
    met: canMeasureMemory
      ? extraRss <= COLD_START_MEMORY_MARGIN_BYTES
      : undefined
  })
  if (floorRatio > FLOOR_TIME_RATIO_LIMIT) {
    report.gaps.push(
      `**Cold start against the floor bundle.** The action took ` +
        `${formatMs(action.wallMs - floor.wallMs)} more than the floor ` +
        `bundle (median of ${subjects.action.wallMs.length} interleaved ` +
        `runs each). That is its own code on the path that rejects the ` +
        `input: loading it, reading the inputs, and writing the state file ` +
        `and the error. On a machine shared with other processes, this ratio ` +
        `has varied between runs of the bench by more than the target's ` +
        `margin of ${Math.round((FLOOR_TIME_RATIO_LIMIT - 1) * 100)} %.`
    )
  }
  if (emptyRatio > EMPTY_TIME_RATIO_LIMIT) {
    report.gaps.push(coldStartGap(empty, undici, floor, action))
  }
}

function coldStartGap(
  empty: ColdStartFigure,
  undici: ColdStartFigure,
  floor: ColdStartFigure,
  action: ColdStartFigure
): string {
  const ratio = (item: ColdStartFigure) =>
    formatRatio(item.wallMs / empty.wallMs)
  return (
    `**Cold start against an empty Node process.** The floor bundle alone ` +
    `takes ${ratio(floor)} the time of \`node -e 0\` ` +
    `(${formatMs(floor.wallMs)} against ${formatMs(empty.wallMs)}), and the ` +
    `action ${ratio(action)}. A bundle of \`undici\` alone takes ` +
    `${ratio(undici)} (${formatMs(undici.wallMs)}): \`@actions/core\` ` +
    `imports \`@actions/http-client\`, which imports \`undici\`, so ` +
    `loading \`@actions/core\` costs nearly all of the floor. The action ` +
    `imports \`@actions/core\` before it reads its inputs, so no change ` +
    `to the action's own code gets it under ` +
    `${formatRatio(EMPTY_TIME_RATIO_LIMIT)} unless the path that rejects ` +
    `invalid inputs runs without \`@actions/core\`.`
  )
}

// ---- 3. peak memory of an operation -----------------------------------

/**
 * Writes a script that runs Node under GNU time, for runStep's `node`
 * option, so that the step runs as usual and its peak RSS lands in a file.
 * The script is a Node program: sh would drop the INPUT_* variables whose
 * names contain '-' from the environment.
 */
function writeTimedNode(
  folder: string,
  node: string
): { node: string; rssFile: string } {
  const rssFile = join(folder, 'step-max-rss')
  const script = join(folder, 'timed-node.mjs')
  const command = [TIME_COMMAND, '-f', '%M', '-o', rssFile, node]
  writeFileSync(
    script,
    `#!${process.execPath}\n` +
      "import { spawnSync } from 'node:child_process'\n" +
      `const [command, ...args] = ${JSON.stringify(command)}\n` +
      'const run = spawnSync(command, [...args, ...process.argv.slice(2)], ' +
      "{ stdio: 'inherit' })\n" +
      'process.exit(run.status ?? 1)\n'
  )
  chmodSync(script, 0o755)
  return { node: script, rssFile }
}

/** The seed emulator has 5 regions of one zone each besides the fleet. */
const SEED_ZONES = 5
const SMALL_FLEET = { zones: 5, instancesPerZone: 10 }

/** Runs one step `runs` times under GNU time; returns the median peak RSS. */
async function medianStepRss(
  runs: number,
  timed: { node: string; rssFile: string },
  options: DeepPartial<EmulatorOptions>,
  inputsFor: (run: number) => Record<string, string>
): Promise<number> {
  return withEmulator(options, async (_emulator, url) => {
    const samples: number[] = []
    for (let run = 0; run < runs; run++) {
      const inputs = { ...commonInputs(url), ...inputsFor(run) }
      const result = await runStep(inputs, {
        node: timed.node,
        timeoutMs: 120_000
      })
      expectSuccess(result, inputs.operation)
      samples.push(readMaxRss(timed.rssFile))
    }
    return median(samples)
  })
}

async function measureOperationMemory(
  report: Report,
  plan: BenchPlan,
  folder: string
): Promise<void> {
  const target = `< ${formatMb(OPERATION_MEMORY_LIMIT_BYTES)}`
  if (!existsSync(TIME_COMMAND)) {
    report.rows.push({
      figure: 'Peak RSS: create and list',
      result: `not measured: ${TIME_COMMAND} is missing`,
      target
    })
    return
  }
  const timed = writeTimedNode(folder, plan.node)

  const createRss = await medianStepRss(
    plan.memoryRuns,
    timed,
    { taskDurationMs: 2000 },
    (run) => ({
      operation: 'create',
      region: 'ru-moscow-1',
      package: '2c4g',
      image: 'Debian 12',
      'instance-name': `bench-memory-${run + 1}`
    })
  )
  report.rows.push({
    figure: 'Peak RSS: create (2 s task)',
    result: formatMb(createRss),
    target,
    met: createRss < OPERATION_MEMORY_LIMIT_BYTES
  })

  const lists: ListMemory[] = []
  for (const fleet of [SMALL_FLEET, FLEET]) {
    const rss = await medianStepRss(plan.memoryRuns, timed, { fleet }, () => ({
      operation: 'list'
    }))
    const instances = fleet.zones * fleet.instancesPerZone
    lists.push({ instances, rss })
    report.rows.push({
      figure:
        `Peak RSS: list (${instances} instances in ` +
        `${fleet.zones + SEED_ZONES} zones)`,
      result: formatMb(rss),
      target,
      met: rss < OPERATION_MEMORY_LIMIT_BYTES
    })
  }
  const [small, large] = lists
  if (large.rss >= OPERATION_MEMORY_LIMIT_BYTES) {
    report.gaps.push(listMemoryGap(small, large))
  }
}

interface ListMemory {
  instances: number
  rss: number
}

function listMemoryGap(small: ListMemory, large: ListMemory): string {
  const perInstance =
    (large.rss - small.rss) / (large.instances - small.instances)
  const fits =
    small.instances + (OPERATION_MEMORY_LIMIT_BYTES - small.rss) / perInstance
  return (
    `**Memory of a large list.** Peak RSS grows with the number of ` +
    `instances listed: ${formatMb(small.rss)} for ${small.instances}, ` +
    `${formatMb(large.rss)} for ${large.instances}, about ` +
    `${(perInstance / 1000).toFixed(1)} kB per instance. At that rate, a ` +
    `linear estimate from the two lists, a list stays under ` +
    `${formatMb(OPERATION_MEMORY_LIMIT_BYTES)} up to about ` +
    `${Math.floor(fits / 100) * 100} instances.`
  )
}

// ---- 4. completion overhead -------------------------------------------

type StepName = 'create' | 'stop' | 'start' | 'delete'

const TASK_OPERATION: Record<StepName, Operation> = {
  create: 'create',
  stop: 'stop',
  start: 'start',
  delete: 'release'
}

const POLL_PATHS = ['/asynctask/getResult', '/instance/detail']

interface StepSample {
  step: StepName
  taskMs: number
  /** From the task's completion (readyAt) to the step's exit. */
  overheadMs: number
  calls: number
  polls: number
  /** Between the task polls just before and just after completion. */
  pollGapMs: number
  /** Arrival times of the task polls, in ms after the task started. */
  taskPollsMs: number[]
  /** From the arrival of the first task poll after completion to the exit. */
  afterPollMs: number
}

/** An emulator and the Node.js binary that runs the steps against it. */
interface StepTarget {
  emulator: LightNodeEmulator
  url: string
  node: string
}

/** Measures one step of a lifecycle; `inputs` name the server or create it. */
async function measureStep(
  target: StepTarget,
  step: StepName,
  taskMs: number,
  inputs: Record<string, string>
): Promise<{ sample: StepSample; instanceId: string }> {
  const { emulator, url, node } = target
  const firstCall = emulator.calls.length
  const startedAt = Date.now()
  const result = await runStep(
    { ...commonInputs(url), operation: step, ...inputs },
    { node, timeoutMs: taskMs + 120_000 }
  )
  const exitedAt = Date.now()
  expectSuccess(result, step)

  const instanceId = inputs['instance-id'] ?? result.outputs['instance-id']
  const task = emulator
    .tasks()
    .find(
      (item) =>
        item.instanceId === instanceId &&
        item.operation === TASK_OPERATION[step] &&
        item.startedAt >= startedAt
    )
  const doneAt = task?.readyAt ?? task?.completedAt
  if (task === undefined || doneAt === null || doneAt === undefined) {
    throw new Error(
      `The ${step} step of ${instanceId} exited, but the emulator has no ` +
        `finished ${TASK_OPERATION[step]} task for it.`
    )
  }

  const calls = emulator.calls.slice(firstCall)
  const detectingPoll = calls.find(
    (call) => call.path === '/asynctask/getResult' && call.at >= doneAt
  )
  return {
    instanceId,
    sample: {
      step,
      taskMs,
      overheadMs: exitedAt - doneAt,
      calls: calls.length,
      polls: calls.filter((call) => POLL_PATHS.includes(call.path)).length,
      pollGapMs: pollGapAround(calls, doneAt),
      taskPollsMs: calls
        .filter((call) => call.path === '/asynctask/getResult')
        .map((call) => call.at - task.startedAt),
      afterPollMs: detectingPoll ? exitedAt - detectingPoll.at : Number.NaN
    }
  }
}

/** Time between the last task poll before `doneAt` and the first after it. */
function pollGapAround(calls: RecordedCall[], doneAt: number): number {
  const polls = calls.filter((call) => call.path === '/asynctask/getResult')
  const before = polls.filter((call) => call.at < doneAt).pop()
  const after = polls.find((call) => call.at >= doneAt)
  return before && after ? after.at - before.at : Number.NaN
}

/**
 * Returns the mean wait from a task's end to the next poll, for a task
 * ending at a uniformly random time in [fromMs, toMs) after it started,
 * given the times of the polls. Returns NaN unless a poll follows toMs.
 */
function meanWaitForNextPoll(
  pollsMs: number[],
  fromMs: number,
  toMs: number
): number {
  if (pollsMs.length === 0 || pollsMs[pollsMs.length - 1] < toMs) {
    return Number.NaN
  }
  let area = 0
  let previous = -Infinity
  for (const poll of pollsMs) {
    const low = Math.max(fromMs, previous)
    const high = Math.min(toMs, poll)
    previous = poll
    if (high <= low) continue
    // The wait is poll - end for every end in (low, high].
    area += ((poll - low) ** 2 - (poll - high) ** 2) / 2
  }
  return area / (toMs - fromMs)
}

/** Runs create, stop, start and delete of one server on its own emulator. */
async function runLifecycle(
  node: string,
  taskMs: number,
  index: number
): Promise<StepSample[]> {
  await sleep(index * LIFECYCLE_STAGGER_MS)
  return withEmulator({ taskDurationMs: taskMs }, async (emulator, url) => {
    const target = { emulator, url, node }
    const created = await measureStep(target, 'create', taskMs, {
      region: 'ru-moscow-1',
      package: '2c4g',
      image: 'Debian 12',
      'instance-name': `bench-${taskMs}-${index + 1}`
    })
    const samples = [created.sample]
    const server = { 'instance-id': created.instanceId }
    for (const step of ['stop', 'start', 'delete'] as const) {
      const measured = await measureStep(target, step, taskMs, server)
      samples.push(measured.sample)
    }
    return samples
  })
}

async function measureCompletion(
  report: Report,
  plan: BenchPlan
): Promise<void> {
  const samples: StepSample[] = []
  for (const { taskMs, runs } of plan.durations) {
    console.log(
      `  ${runs} lifecycles with ${formatSeconds(taskMs)} tasks, concurrently`
    )
    const lifecycles = await Promise.all(
      Array.from({ length: runs }, (_, index) =>
        runLifecycle(plan.node, taskMs, index)
      )
    )
    samples.push(...lifecycles.flat())
  }
  reportCompletion(report, plan, samples)
}

function reportCompletion(
  report: Report,
  plan: BenchPlan,
  samples: StepSample[]
): void {
  const lines = [
    '| Step | Task | Runs | Overhead median | Overhead mean | Min – max | ' +
      'API calls (median, max) | Polls (median) | Poll gap at completion ' +
      '(median) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |'
  ]
  for (const { taskMs } of plan.durations) {
    for (const step of ['create', 'stop', 'start', 'delete'] as const) {
      const cell = samples.filter(
        (sample) => sample.step === step && sample.taskMs === taskMs
      )
      const overheads = cell.map((sample) => sample.overheadMs)
      const calls = cell.map((sample) => sample.calls)
      lines.push(
        `| ${step} | ${formatSeconds(taskMs)} | ${cell.length} | ` +
          `${formatMs(median(overheads))} | ${formatMs(mean(overheads))} | ` +
          `${formatMs(Math.min(...overheads))} – ` +
          `${formatMs(Math.max(...overheads))} | ` +
          `${median(calls)}, ${Math.max(...calls)} | ` +
          `${median(cell.map((sample) => sample.polls))} | ` +
          `${formatMs(median(cell.map((sample) => sample.pollGapMs)))} |`
      )
      report.rows.push(completionRow(step, taskMs, overheads))
    }
  }
  report.sections.push(
    `## Completion overhead by step\n\nOverhead: from the moment the ` +
      `emulator finished the task (for create, also set the public IP) to ` +
      `the step's exit. Poll gap: the time between the two task polls on ` +
      `either side of that moment.\n\n${lines.join('\n')}`
  )
  reportLongCreateCalls(report, plan, samples)
  const shortModelMs = reportPollModel(report, plan, samples)
  const shortTaskMissed = report.rows.some(
    (row) =>
      row.figure.startsWith('Completion overhead') &&
      row.target.startsWith('median') &&
      row.met === false
  )
  const shortSamples = samples.filter(
    (sample) => sample.taskMs === SHORT_TASK_MAX_MS
  )
  if (shortTaskMissed && shortSamples.length > 0) {
    report.gaps.push(shortTaskGap(shortSamples, shortModelMs))
  }
}

function shortTaskGap(samples: StepSample[], modelMs: number): string {
  const gap = median(samples.map((sample) => sample.pollGapMs))
  return (
    `**Tasks of up to ${formatSeconds(SHORT_TASK_MAX_MS)}.** A task that ` +
    `always takes the same time sees the same polls around its end, so ` +
    `its overhead depends on where they fall: around ` +
    `${formatSeconds(SHORT_TASK_MAX_MS)} the polls were ${formatMs(gap)} ` +
    `apart (median), and a task that ends just after a poll waits nearly ` +
    `that long. Averaged over tasks that end at any time from 1 s to ` +
    `${formatSeconds(SHORT_TASK_MAX_MS)} after their start, the model row ` +
    `gives ${formatMs(modelMs)}.`
  )
}

/**
 * Adds the mean overhead over a range of task durations, modelled from the
 * recorded poll times: the mean wait for the next poll plus the measured
 * time from that poll to the exit. Returns the figure for tasks of up to
 * 10 s, or NaN.
 */
function reportPollModel(
  report: Report,
  plan: BenchPlan,
  samples: StepSample[]
): number {
  const longest = Math.max(...plan.durations.map((item) => item.taskMs))
  const ranges = [
    { fromMs: 1000, toMs: SHORT_TASK_MAX_MS },
    { fromMs: SHORT_TASK_MAX_MS, toMs: longest }
  ]
  const afterPoll = median(samples.map((sample) => sample.afterPollMs))
  let shortModelMs = Number.NaN
  for (const { fromMs, toMs } of ranges) {
    const source = samples.filter((sample) => sample.taskMs === toMs)
    if (source.length === 0 || toMs <= fromMs) continue
    const wait = median(
      source.map((sample) =>
        meanWaitForNextPoll(sample.taskPollsMs, fromMs, toMs)
      )
    )
    if (toMs === SHORT_TASK_MAX_MS) shortModelMs = wait + afterPoll
    report.rows.push({
      figure:
        `Model: mean overhead, tasks ending ${formatSeconds(fromMs)}–` +
        `${formatSeconds(toMs)} after start`,
      result:
        `${formatMs(wait + afterPoll)} (next poll ${formatMs(wait)}, then ` +
        `${formatMs(afterPoll)} to exit)`,
      target: ''
    })
  }
  return shortModelMs
}

function completionRow(
  step: StepName,
  taskMs: number,
  overheads: number[]
): Row {
  const figure = `Completion overhead: ${step}, ${formatSeconds(taskMs)} task`
  if (taskMs <= SHORT_TASK_MAX_MS) {
    const value = median(overheads)
    return {
      figure,
      result: `median ${formatMs(value)}`,
      target: `median < ${formatMs(SHORT_TASK_OVERHEAD_LIMIT_MS)}`,
      met: value < SHORT_TASK_OVERHEAD_LIMIT_MS
    }
  }
  const value = mean(overheads)
  return {
    figure,
    result: `mean ${formatMs(value)}`,
    target: `mean < ${formatMs(LONG_TASK_OVERHEAD_LIMIT_MS)}`,
    met: value < LONG_TASK_OVERHEAD_LIMIT_MS
  }
}

function reportLongCreateCalls(
  report: Report,
  plan: BenchPlan,
  samples: StepSample[]
): void {
  const longest = Math.max(...plan.durations.map((item) => item.taskMs))
  const creates = samples.filter(
    (sample) => sample.step === 'create' && sample.taskMs === longest
  )
  const maxCalls = Math.max(...creates.map((sample) => sample.calls))
  report.rows.push({
    figure: `API calls: create, ${formatSeconds(longest)} task`,
    result: `max ${maxCalls} (median ${median(creates.map((s) => s.calls))})`,
    target: `≤ ${LONG_CREATE_CALL_LIMIT}`,
    met: maxCalls <= LONG_CREATE_CALL_LIMIT
  })

  const longSamples = samples.filter((sample) => sample.taskMs === longest)
  const longMean = mean(longSamples.map((sample) => sample.overheadMs))
  if (
    maxCalls <= LONG_CREATE_CALL_LIMIT &&
    longMean < LONG_TASK_OVERHEAD_LIMIT_MS
  ) {
    return
  }
  const otherCalls = median(creates.map((s) => s.calls - s.polls))
  const gap = median(longSamples.map((sample) => sample.pollGapMs))
  // A task ends on average half a poll gap before the next poll.
  const pollsNeeded = Math.ceil(longest / (2 * LONG_TASK_OVERHEAD_LIMIT_MS))
  report.gaps.push(
    `**Polling long tasks.** A task ends, on average, half a poll gap ` +
      `before the next poll, so a mean overhead under ` +
      `${formatMs(LONG_TASK_OVERHEAD_LIMIT_MS)} needs a gap of at most about ` +
      `${formatMs(2 * LONG_TASK_OVERHEAD_LIMIT_MS)} when the task ends. ` +
      `Here the gap at the end of a ${formatSeconds(longest)} task was ` +
      `${formatMs(gap)} (median), and the mean overhead ` +
      `${formatMs(longMean)}. Polling every ` +
      `${formatMs(2 * LONG_TASK_OVERHEAD_LIMIT_MS)} for ` +
      `${formatSeconds(longest)} takes about ${pollsNeeded} polls, and a ` +
      `create also makes ${otherCalls} calls that are not polls (look-ups, ` +
      `the create call, the checks for a server of the same name): about ` +
      `${pollsNeeded + otherCalls} calls against a budget of ` +
      `${LONG_CREATE_CALL_LIMIT}. The overhead target and the call budget ` +
      `pull the poll schedule in opposite directions.`
  )
}

// ---- 5. fleet look-up --------------------------------------------------

interface TimedCall {
  call: RecordedCall
  start: number
  end: number
}

interface FleetSample {
  stepMs: number
  lookUpMs: number
  calls: number
  listCalls: number
  sequentialMs: number
  slowestZoneMs: number
  medianListMs: number
  maxInFlight: number
  repeated: number
}

/**
 * Returns the maximum number of calls in flight at once. A response sent at
 * time t counts as ended before a request that arrives at t.
 */
function maxInFlight(calls: TimedCall[]): number {
  const events = calls.flatMap((item) => [
    { at: item.start, delta: 1 },
    { at: item.end, delta: -1 }
  ])
  events.sort((a, b) => a.at - b.at || a.delta - b.delta)
  let current = 0
  let highest = 0
  for (const event of events) {
    current += event.delta
    highest = Math.max(highest, current)
  }
  return highest
}

function callKey(call: RecordedCall): string {
  const query = Object.entries(call.query).sort(([a], [b]) =>
    a.localeCompare(b)
  )
  return `${call.method} ${call.path} ${JSON.stringify(query)}`
}

function analyzeFleetCalls(calls: TimedCall[], stepMs: number): FleetSample {
  const lists = calls.filter((item) => item.call.path === '/instance/list')
  const perZone = new Map<string, number>()
  for (const item of lists) {
    const zone = `${item.call.query.regionCode}/${item.call.query.zoneCode}`
    perZone.set(zone, (perZone.get(zone) ?? 0) + (item.end - item.start))
  }
  const keys = calls.map((item) => callKey(item.call))
  return {
    stepMs,
    lookUpMs:
      Math.max(...calls.map((item) => item.end)) -
      Math.min(...calls.map((item) => item.start)),
    calls: calls.length,
    listCalls: lists.length,
    sequentialMs: calls.reduce((sum, item) => sum + item.end - item.start, 0),
    slowestZoneMs: Math.max(...perZone.values()),
    medianListMs: median(lists.map((item) => item.end - item.start)),
    maxInFlight: maxInFlight(calls),
    repeated: keys.length - new Set(keys).size
  }
}

async function measureFleetLookUp(
  report: Report,
  plan: BenchPlan
): Promise<void> {
  const options = { fleet: FLEET, latencyMs: FLEET_LATENCY_MS }
  const samples = await withEmulator(options, async (emulator, url) => {
    let recorded: TimedCall[] = []
    emulator.onCall((call, durationMs) => {
      recorded.push({ call, start: call.at, end: call.at + durationMs })
    })
    const results: FleetSample[] = []
    for (let run = 0; run < plan.fleetRuns; run++) {
      recorded = []
      const started = performance.now()
      const result = await runStep(
        {
          ...commonInputs(url),
          operation: 'get',
          'instance-name': FLEET_TARGET_NAME
        },
        { node: plan.node, timeoutMs: 120_000 }
      )
      const stepMs = performance.now() - started
      expectSuccess(result, 'get')
      if (result.outputs['instance-name'] !== FLEET_TARGET_NAME) {
        throw new Error(`The get step did not output ${FLEET_TARGET_NAME}.`)
      }
      results.push(analyzeFleetCalls(recorded, stepMs))
    }
    return results
  })
  reportFleet(report, samples)
}

function reportFleet(report: Report, samples: FleetSample[]): void {
  const pick = (key: keyof FleetSample) =>
    median(samples.map((sample) => sample[key]))
  const lookUp = pick('lookUpMs')
  const slowestZone = pick('slowestZoneMs')
  const inFlight = Math.max(...samples.map((sample) => sample.maxInFlight))
  const repeated = Math.max(...samples.map((sample) => sample.repeated))
  const where =
    `${FLEET.zones} zones × ${FLEET.instancesPerZone} instances, ` +
    `${FLEET_LATENCY_MS} ms latency`

  report.rows.push(
    {
      figure: `Fleet look-up (${where}): step wall time`,
      result: formatMs(pick('stepMs')),
      target: ''
    },
    {
      figure: 'Fleet look-up: API calls (median)',
      result: `${pick('calls')} (${pick('listCalls')} list pages)`,
      target: ''
    },
    {
      figure: 'Fleet look-up: sequential time (sum of every request)',
      result: formatMs(pick('sequentialMs')),
      target: ''
    },
    {
      figure: 'Fleet look-up: first request to last response',
      result:
        `${formatMs(lookUp)} = ${formatRatio(lookUp / slowestZone)} the ` +
        `slowest zone's pages (${formatMs(slowestZone)})`,
      target: '≤ 2.00×',
      met: lookUp <= 2 * slowestZone
    },
    {
      figure: 'Fleet look-up: max requests in flight',
      result: String(inFlight),
      target: `≤ ${FLEET_IN_FLIGHT_LIMIT}`,
      met: inFlight <= FLEET_IN_FLIGHT_LIMIT
    },
    {
      figure: 'Fleet look-up: repeated calls for the same data',
      result: String(repeated),
      target: '0',
      met: repeated === 0
    }
  )
  if (lookUp > 2 * slowestZone) {
    report.gaps.push(
      fleetGap(pick('listCalls'), pick('medianListMs'), slowestZone)
    )
  }
}

function fleetGap(listCalls: number, pageMs: number, slowestZone: number) {
  const rounds = Math.ceil(listCalls / FLEET_IN_FLIGHT_LIMIT)
  const allowedRounds = Math.max(1, Math.floor((2 * slowestZone) / pageMs))
  return (
    `**Fleet look-up.** The look-up reads ${listCalls} list pages, every ` +
    `page of every zone, after the region list, because the action matches ` +
    `the name on its side. A page took ${formatMs(pageMs)} (median). With ` +
    `at most ${FLEET_IN_FLIGHT_LIMIT} requests in flight the pages take at ` +
    `least ${rounds} rounds, ${formatMs(rounds * pageMs)}, in any order. ` +
    `Twice the slowest zone's pages is ${formatMs(2 * slowestZone)}, about ` +
    `${allowedRounds} rounds, which would need about ` +
    `${Math.ceil(listCalls / allowedRounds)} requests in flight.`
  )
}

// ---- report -------------------------------------------------------------

function metText(row: Row): string {
  if (row.met === undefined) return row.target === '' ? '' : 'not measured'
  return row.met ? 'met' : 'not met'
}

function printTable(rows: Row[]): void {
  const cells = rows.map((row) => [
    row.figure,
    row.result,
    row.target,
    metText(row)
  ])
  const header = ['Figure', 'Result', 'Target', 'Met']
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((cell) => cell[column].length))
  )
  const line = (cell: string[]) =>
    cell.map((text, column) => text.padEnd(widths[column])).join('  ')
  console.log(`\n${line(header)}`)
  console.log(widths.map((width) => '-'.repeat(width)).join('  '))
  for (const cell of cells) console.log(line(cell))
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    }).trim()
  } catch {
    return 'unknown'
  }
}

function nodeVersion(node: string): string {
  return execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()
}

function machineText(): string {
  const cpus = os.cpus()
  return (
    `${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ` +
    `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, ` +
    `${os.type()} ${os.release()}`
  )
}

function methodText(plan: BenchPlan): string {
  const durations = plan.durations
    .map((item) => `${formatSeconds(item.taskMs)} (${item.runs} runs)`)
    .join(', ')
  return `## Method

Every figure is a median over runs unless its row says mean or max. Each
step runs \`dist/index.js\` in a child process as the GitHub runner does
(\`scripts/local-runner.ts\`), against LightNode API emulators on
127.0.0.1 with the action's default inputs (poll-interval 5 s). MB means
10^6 bytes. Other processes may share the machine (see the load average
above): absolute times move with them, so compare the figures of one run.

- **Bundle**: sizes of the \`.js\` files in \`dist/\`. The floor bundle
  is built by the bench from a one-line entry that imports
  \`@actions/core\` and \`@actions/http-client\` and calls
  \`core.setFailed\`, with the build script's ncc options
  (\`--license licenses.txt --minify\`). A bundle of \`undici\` alone is
  built the same way.
- **Cold start**: ${plan.coldStartRounds} rounds; each round runs \`node -e 0\`,
  the \`undici\` bundle, the floor bundle and the action (with
  \`operation: not-an-operation\`, which fails input validation) in
  rotating order. Wall time is from \`spawn\` to the close of the child's
  output. Peak memory is the child's maximum RSS as GNU time reports it
  (\`${TIME_COMMAND} -f %M\`), in separate runs, so that time's own
  start-up is not in the wall time.
- **Peak memory of an operation**: maximum RSS of the step's Node process
  under GNU time, ${plan.memoryRuns} runs each: a create with a 2 s task,
  and a list of every zone of emulators with generated fleets of
  ${SMALL_FLEET.zones} × ${SMALL_FLEET.instancesPerZone} and
  ${FLEET.zones} × ${FLEET.instancesPerZone} instances (plus
  ${SEED_ZONES} seed zones without instances).
- **Completion overhead**: task durations ${durations}. One run is a
  create, stop, start and delete of one server, each a step with
  \`wait: true\`. The runs of one duration go concurrently, each on its own
  emulator, started ${formatMs(LIFECYCLE_STAGGER_MS)} apart; the steps
  mostly sleep between polls. Overhead is the step's exit time minus the
  task's \`readyAt\` from the emulator's \`tasks()\` (completion, plus the
  public IP for create). API calls are the requests the emulator recorded
  during the step; polls are the task and instance reads among them.
- **Fleet look-up**: \`operation: get\` with \`instance-name\` and no
  region, ${plan.fleetRuns} runs. Each request's arrival and response times
  come from the emulator's call listener (\`onCall\`, millisecond clock).
  Sequential time is the sum of every request's time (region list and
  every list page). The slowest zone's pages is the largest sum of one
  zone's page times. A request that repeats the method, path and query of
  an earlier one counts as repeated.
- **Model rows**: the overhead a task would see if it ended at a uniformly
  random time in the range, computed from the task polls recorded in the
  runs whose duration ends the range. It is the mean wait from the task's
  end to the next poll plus the median time from that poll's arrival to
  the step's exit. The measured rows depend on where the polls happen to
  fall around one fixed duration, and the model averages over that.`
}

function renderMarkdown(
  plan: BenchPlan,
  report: Report,
  loadAverages: number[]
): string {
  const table = [
    '| Figure | Result | Target | Met |',
    '| --- | --- | --- | --- |',
    ...report.rows.map(
      (row) =>
        `| ${row.figure} | ${row.result} | ${row.target} | ${metText(row)} |`
    )
  ]
  const gaps =
    report.gaps.length > 0
      ? `## Targets not met\n\n${report.gaps.join('\n\n')}`
      : ''
  return [
    '# Benchmarks',
    `Written by \`npm run bench${plan.quick ? ' -- --quick' : ''}\` ` +
      `(\`scripts/bench.ts\`) on ${new Date().toISOString()}.`,
    `- Machine: ${machineText()}\n` +
      `- Node.js: ${nodeVersion(plan.node)} runs the steps and the ` +
      `cold-start baselines (action.yml declares \`using: node24\`)\n` +
      `- Code: \`dist/\` of the working tree at commit ${gitCommit()}\n` +
      `- Load average (1 min) at the start and the end: ` +
      `${loadAverages.map((value) => value.toFixed(2)).join(', ')}`,
    table.join('\n'),
    ...report.sections,
    gaps,
    methodText(plan)
  ]
    .filter((part) => part !== '')
    .join('\n\n')
    .concat('\n')
}

// ---- main ---------------------------------------------------------------

async function main(): Promise<void> {
  const plan = parseArgs(process.argv.slice(2))
  if (!existsSync(BUNDLE)) {
    throw new Error(`${BUNDLE} is missing; run npm run build first.`)
  }
  const report: Report = { rows: [], sections: [], gaps: [] }
  const loadAverages = [os.loadavg()[0]]
  const folder = mkdtempSync(join(os.tmpdir(), 'lightnode-bench-'))
  try {
    console.log('Building the floor bundle and a bundle of undici alone')
    const bundles = {
      floor: buildBundle(folder, 'floor', FLOOR_ENTRY),
      undici: buildBundle(folder, 'undici', UNDICI_ENTRY)
    }
    measureBundle(report, bundles.floor)
    console.log('Measuring cold start')
    await measureColdStart(report, plan, bundles, folder)
    console.log('Measuring peak memory of create and list')
    await measureOperationMemory(report, plan, folder)
    console.log('Measuring the fleet look-up')
    await measureFleetLookUp(report, plan)
    console.log('Measuring completion overhead')
    await measureCompletion(report, plan)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
  loadAverages.push(os.loadavg()[0])
  printTable(report.rows)
  if (plan.write) {
    // Formatted the way `npm run format:check` expects.
    const config = (await prettier.resolveConfig(REPORT_FILE)) ?? {}
    const markdown = await prettier.format(
      renderMarkdown(plan, report, loadAverages),
      { ...config, filepath: REPORT_FILE }
    )
    writeFileSync(REPORT_FILE, markdown)
    console.log(`\nWrote ${REPORT_FILE}`)
  }
}

try {
  await main()
} catch (error) {
  if (!(error instanceof UsageError)) throw error
  console.error(error.message)
  process.exitCode = 2
}
