/**
 * Command-line entry point: `npx tsx emulator/cli.ts [options]` or
 * `npm run emulator -- [options]`. Runs until SIGINT or SIGTERM.
 */
import { readFileSync } from 'node:fs'
import { parseArgs, usage, type CliSettings } from './args.js'
import type { DeepPartial, EmulatorOptions } from './options.js'
import { LightNodeEmulator } from './server.js'

function readConfig(path: string): DeepPartial<EmulatorOptions> {
  const text = readFileSync(path, 'utf8')
  try {
    return JSON.parse(text) as DeepPartial<EmulatorOptions>
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`config file ${path} is not valid JSON: ${reason}`, {
      cause: error
    })
  }
}

function buildEmulator(settings: CliSettings): LightNodeEmulator {
  const emulator = new LightNodeEmulator(
    settings.configPath === null ? {} : readConfig(settings.configPath)
  )
  emulator.configure(settings.options)
  return emulator
}

async function main(argv: string[]): Promise<void> {
  const settings = parseArgs(argv)
  if (settings.help) {
    process.stdout.write(usage)
    return
  }
  const emulator = buildEmulator(settings)
  emulator.onCall((call, durationMs) => {
    console.log(`${call.method} ${call.path} ${call.status} ${durationMs}ms`)
  })
  const url = await emulator.start(settings.port, settings.host)
  const tokens = emulator.options.tokens.join(', ')
  console.log(`LightNode emulator listening on ${url} (token: ${tokens})`)
  const shutdown = (signal: string) => {
    console.log(`LightNode emulator stopping on ${signal}`)
    emulator.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('LightNode emulator: stop failed:', error)
        process.exit(1)
      }
    )
  }
  process.once('SIGINT', () => shutdown('SIGINT'))
  process.once('SIGTERM', () => shutdown('SIGTERM'))
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error)
  console.error(`LightNode emulator: ${message}`)
  process.exit(2)
})
