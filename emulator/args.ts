/**
 * Command-line arguments of the emulator. Parsing is pure, so it can be
 * tested without starting a server; `cli.ts` does the rest.
 */
import {
  defaultVariantValue,
  describeChoices,
  operations,
  variantChoices,
  type DeepPartial,
  type EmulatorOptions,
  type Operation
} from './options.js'

export interface CliSettings {
  help: boolean
  port: number
  host: string
  /** JSON file of options, applied before the other flags. */
  configPath: string | null
  /** Options from the flags. */
  options: DeepPartial<EmulatorOptions>
}

export const usage = `Usage: npm run emulator -- [options]

Runs the LightNode API emulator on a loopback address.

Options:
  --port N                 TCP port (default 8080; 0 picks a free port)
  --host H                 loopback host: 127.x.y.z, ::1 or localhost
                           (default 127.0.0.1)
  --token T                accepted x-open-token value; repeat for several
                           (default test-token)
  --task-duration D        duration of every task, e.g. 500ms, 3s, 2m or plain
                           milliseconds (default 3s)
  --task-duration OP=D     duration of one operation's tasks: ${operations.join(', ')}
  --latency D              delay added to every API response (default 0)
  --public-ip IP           loopback address that every instance reports
  --variant KEY=VALUE      switch a variant; dotted keys such as
                           throttle.requestsPerSecond=5; repeatable
  --fleet ZxN              add Z generated zones with N instances each
  --config FILE            JSON file of options; the flags above override it
  --help                   print this help

Variants:
${Object.keys(variantChoices)
  .map(
    (key) =>
      `  ${key}: ${describeChoices(key)}; default ${String(defaultVariantValue(key))}`
  )
  .join('\n')}
`

const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000 }

/** Parses `500ms`, `3s`, `2m` or plain milliseconds into milliseconds. */
export function parseDuration(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(text.trim())
  if (!match) {
    throw new Error(
      `invalid duration "${text}": use a number with ms, s or m, such as 500ms or 3s`
    )
  }
  return Math.round(Number(match[1]) * units[match[2] ?? 'ms'])
}

function parseNumber(key: string, text: string): number {
  const value = key.endsWith('Ms') ? parseDuration(text) : Number(text)
  if (text.trim() === '' || !Number.isFinite(value) || value < 0) {
    throw new Error(`invalid value for ${key}: "${text}" is not a number >= 0`)
  }
  return value
}

/** Converts the text of `--variant key=value` into the variant's type. */
export function parseVariantValue(key: string, text: string): unknown {
  const choices = variantChoices[key]
  if (choices === undefined) {
    throw new Error(`unknown variant "${key}"; run with --help for the list`)
  }
  if (Array.isArray(choices)) {
    const match = choices.find((choice) => String(choice) === text)
    if (match === undefined) {
      throw new Error(
        `invalid value for ${key}: "${text}"; use ${describeChoices(key)}`
      )
    }
    return match
  }
  if (choices === 'boolean') {
    if (text !== 'true' && text !== 'false') {
      throw new Error(`invalid value for ${key}: "${text}"; use true or false`)
    }
    return text === 'true'
  }
  if (choices === 'number|null' && text === 'null') return null
  return parseNumber(key, text)
}

function setDotted(
  target: Record<string, unknown>,
  dotted: string,
  value: unknown
) {
  const parts = dotted.split('.')
  let node = target
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {}
    node = node[part] as Record<string, unknown>
  }
  node[parts[parts.length - 1]] = value
}

function splitPair(flag: string, text: string): [string, string] {
  const index = text.indexOf('=')
  if (index <= 0) throw new Error(`${flag} needs KEY=VALUE, got "${text}"`)
  return [text.slice(0, index), text.slice(index + 1)]
}

function parsePort(text: string): number {
  const port = Number(text)
  if (!/^\d+$/.test(text) || port > 65535) {
    throw new Error(
      `invalid port "${text}": use a whole number from 0 to 65535`
    )
  }
  return port
}

function parseFleet(text: string): { zones: number; instancesPerZone: number } {
  const match = /^(\d+)x(\d+)$/.exec(text)
  if (!match) {
    throw new Error(
      `invalid fleet "${text}": use ZONESxINSTANCES, such as 30x150`
    )
  }
  return { zones: Number(match[1]), instancesPerZone: Number(match[2]) }
}

function applyTaskDuration(options: Record<string, unknown>, text: string) {
  if (!text.includes('=')) {
    options.taskDurationMs = parseDuration(text)
    return
  }
  const [operation, duration] = splitPair('--task-duration', text)
  if (!operations.includes(operation as Operation)) {
    throw new Error(
      `unknown operation "${operation}"; use one of ${operations.join(', ')}`
    )
  }
  setDotted(options, `taskDurations.${operation}`, parseDuration(duration))
}

/** Splits `--flag=value` and `--flag value` forms into flag/value pairs. */
function* flagPairs(argv: string[]): Generator<[string, () => string]> {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1
    if (equals > 0) {
      yield [arg.slice(0, equals), () => arg.slice(equals + 1)]
      continue
    }
    yield [
      arg,
      () => {
        if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`)
        return argv[++i]
      }
    ]
  }
}

/** Parser state: the settings, their options, and the tokens seen so far. */
interface ParseState {
  settings: CliSettings
  options: Record<string, unknown>
  tokens: string[]
}

type FlagHandler = (state: ParseState, value: () => string) => void

const flagHandlers: Record<string, FlagHandler> = {
  '--help': ({ settings }) => {
    settings.help = true
  },
  '--port': ({ settings }, value) => {
    settings.port = parsePort(value())
  },
  '--host': ({ settings }, value) => {
    settings.host = value()
  },
  '--token': ({ tokens }, value) => {
    tokens.push(value())
  },
  '--task-duration': ({ options }, value) => {
    applyTaskDuration(options, value())
  },
  '--latency': ({ options }, value) => {
    options.latencyMs = parseDuration(value())
  },
  '--public-ip': ({ options }, value) => {
    options.publicIp = value()
  },
  '--variant': ({ options }, value) => {
    const [key, text] = splitPair('--variant', value())
    setDotted(options, `variants.${key}`, parseVariantValue(key, text))
  },
  '--fleet': ({ options }, value) => {
    options.fleet = parseFleet(value())
  },
  '--config': ({ settings }, value) => {
    settings.configPath = value()
  }
}
flagHandlers['-h'] = flagHandlers['--help']

/** Parses the emulator's command-line arguments; throws on invalid input. */
export function parseArgs(argv: string[]): CliSettings {
  const settings: CliSettings = {
    help: false,
    port: 8080,
    host: '127.0.0.1',
    configPath: null,
    options: {}
  }
  const state: ParseState = {
    settings,
    options: settings.options as Record<string, unknown>,
    tokens: []
  }
  for (const [flag, value] of flagPairs(argv)) {
    const handler = Object.hasOwn(flagHandlers, flag)
      ? flagHandlers[flag]
      : undefined
    if (!handler) {
      throw new Error(
        `unknown argument "${flag}"; run with --help for the options`
      )
    }
    handler(state, value)
  }
  if (state.tokens.length > 0) state.options.tokens = state.tokens
  return settings
}
