/**
 * Runs one step of the bundled action on this machine, as the runner would,
 * and prints its log and outputs.
 *
 *   npm run step -- operation=create instance-name=demo-1 region=ru-moscow-1 \
 *     package=2c4g image="Debian 12" api-url=http://127.0.0.1:8080 \
 *     api-token=test-token cleanup=always
 *   npm run step -- --post api-url=... api-token=...
 *
 * The state a main step saves goes to .lightnode-step-state.json (or the
 * file given with --state FILE), and --post runs the post step with it.
 * LIGHTNODE_API_TOKEN and the proxy variables pass through to the step.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { runStep } from './local-runner.js'

const PASSED_THROUGH = [
  'LIGHTNODE_API_TOKEN',
  'https_proxy',
  'HTTPS_PROXY',
  'http_proxy',
  'HTTP_PROXY',
  'no_proxy',
  'NO_PROXY',
  'NODE_EXTRA_CA_CERTS'
]

interface Arguments {
  inputs: Record<string, string>
  post: boolean
  stateFile: string
}

function parseArguments(args: string[]): Arguments {
  const parsed: Arguments = {
    inputs: {},
    post: false,
    stateFile: '.lightnode-step-state.json'
  }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '--post') {
      parsed.post = true
    } else if (arg === '--state') {
      parsed.stateFile = args[++i] ?? parsed.stateFile
    } else if (arg.includes('=') && !arg.startsWith('-')) {
      const at = arg.indexOf('=')
      parsed.inputs[arg.slice(0, at)] = arg.slice(at + 1)
    } else {
      throw new Error(
        `Invalid argument '${arg}'. Pass inputs as name=value, plus ` +
          `--post or --state FILE.`
      )
    }
  }
  return parsed
}

async function main(): Promise<void> {
  const { inputs, post, stateFile } = parseArguments(process.argv.slice(2))
  const env: Record<string, string> = {}
  for (const name of PASSED_THROUGH) {
    const value = process.env[name]
    if (value !== undefined) env[name] = value
  }
  let state: Record<string, string> | undefined
  if (post) {
    if (!existsSync(stateFile)) {
      throw new Error(`No saved state in ${stateFile}: run a main step first.`)
    }
    state = JSON.parse(readFileSync(stateFile, 'utf8')) as Record<
      string,
      string
    >
  }
  const result = await runStep(inputs, { env, state })
  process.stdout.write(result.stdout)
  process.stderr.write(result.stderr)
  console.log(`\nExit code: ${result.exitCode}`)
  for (const [name, value] of Object.entries(result.outputs)) {
    console.log(`output ${name}: ${name === 'password' ? '***' : value}`)
  }
  if (!post) writeFileSync(stateFile, JSON.stringify(result.state, null, 2))
  process.exitCode = result.exitCode ?? 1
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 2
})
