import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { Input, Output } from '../src/constants.js'
import { readSettings, type Settings } from '../src/inputs.js'
import {
  ROOT,
  SECTIONS,
  escapeCell,
  markers,
  readActionMetadata,
  replaceSection,
  updateReadme
} from '../scripts/docs.js'

const run = promisify(execFile)

const action = readActionMetadata(
  readFileSync(join(ROOT, 'action.yml'), 'utf8')
)
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
const inputNames = action.inputs.map((input) => input.name)
const outputNames = action.outputs.map((output) => output.name)

/** Lists the TypeScript files under src/, with their text. */
function sourceFiles(): { path: string; text: string }[] {
  const files: { path: string; text: string }[] = []
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.ts')) {
        files.push({ path, text: readFileSync(path, 'utf8') })
      }
    }
  }
  walk(join(ROOT, 'src'))
  return files
}

/** Lists the keys of `constants` that no src/ file but constants.ts uses. */
function unusedKeys(
  objectName: string,
  constants: Record<string, string>
): string[] {
  const users = sourceFiles().filter(
    (file) => !file.path.endsWith('constants.ts')
  )
  return Object.keys(constants).filter(
    (key) =>
      !users.some((file) =>
        new RegExp(`\\b${objectName}\\.${key}\\b`).test(file.text)
      )
  )
}

/** Runs scripts/docs.ts and returns its exit code and error output. */
async function runDocs(
  args: string[]
): Promise<{ code: number; stderr: string }> {
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx')
  try {
    await run(tsx, [join(ROOT, 'scripts', 'docs.ts'), ...args], { cwd: ROOT })
    return { code: 0, stderr: '' }
  } catch (error) {
    const failed = error as { code?: number; stderr?: string }
    return { code: failed.code ?? -1, stderr: failed.stderr ?? '' }
  }
}

describe('README tables', () => {
  it('match action.yml', async () => {
    const { stale } = await updateReadme(readme, action)
    expect(stale).toEqual([])
  })

  it('are found as stale when a row changes', async () => {
    const broken = readme.replace('| `operation`', '| `operations`')
    expect(broken).not.toBe(readme)
    const { stale } = await updateReadme(broken, action)
    expect(stale).toEqual(['inputs'])
  })

  it('make docs --check exit 0 when current', async () => {
    const result = await runDocs(['--check'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
  })

  it('make docs --check exit 1 when stale', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'lightnode-docs-'))
    try {
      const copy = join(folder, 'README.md')
      writeFileSync(copy, readme.replace(/\| `instances` +\|[^\n]*\n/, ''))
      const result = await runDocs(['--check', '--readme', copy])
      expect(result.code).toBe(1)
      expect(result.stderr).toContain('outputs table')
      expect(readFileSync(copy, 'utf8')).not.toContain('| `instances`')
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})

describe('docs generator', () => {
  it('rejects a README without markers', () => {
    const { start } = markers('inputs')
    expect(() => replaceSection('# Title\n', 'inputs', 'x')).toThrow(start)
  })

  it('escapes Markdown in descriptions', () => {
    expect(escapeCell('a | b')).toBe('a \\| b')
    expect(escapeCell('<instance-name>-1')).toBe('\\<instance-name\\>-1')
    expect(escapeCell('LIGHTNODE_API_TOKEN')).toBe('LIGHTNODE_API_TOKEN')
    expect(escapeCell('_word_')).toBe('\\_word\\_')
  })

  it('writes every section', () => {
    for (const section of SECTIONS) {
      const { start, end } = markers(section)
      expect(readme).toContain(start)
      expect(readme).toContain(end)
    }
  })
})

describe('action.yml and the code', () => {
  it('declares every input the code reads', () => {
    const missing = Object.values(Input).filter(
      (name) => !inputNames.includes(name)
    )
    expect(missing).toEqual([])
  })

  it('declares no input the code ignores', () => {
    const values: string[] = Object.values(Input)
    expect(inputNames.filter((name) => !values.includes(name))).toEqual([])
  })

  it('has every Input constant read in src', () => {
    expect(unusedKeys('Input', Input)).toEqual([])
  })

  it('declares every output the code writes', () => {
    const missing = Object.values(Output).filter(
      (name) => !outputNames.includes(name)
    )
    expect(missing).toEqual([])
  })

  it('declares no output the code leaves unset', () => {
    const values: string[] = Object.values(Output)
    expect(outputNames.filter((name) => !values.includes(name))).toEqual([])
  })

  it('has every Output constant written in src', () => {
    expect(unusedKeys('Output', Output)).toEqual([])
  })
})

/**
 * The runner passes every action.yml default as an INPUT_* variable, so a
 * default must leave the settings exactly as the code's own default would.
 */
describe('action.yml defaults', () => {
  const ORIGINAL_ENV = { ...process.env }
  const CREATE: Record<string, string> = {
    operation: 'create',
    'api-token': 'docs-test-token',
    'instance-name': 'docs-1',
    region: 'ru-moscow-1',
    package: '2c4g',
    image: 'Debian 12'
  }
  /** Defaults that the code also sets when the input is empty. */
  const CODE_DEFAULTS: Record<string, keyof Settings> = {
    'api-url': 'apiUrl',
    'image-type': 'imageType',
    force: 'force',
    wait: 'wait',
    timeout: 'timeoutMs',
    'poll-interval': 'pollIntervalMs',
    'request-timeout': 'requestTimeoutMs',
    'max-retries': 'maxRetries',
    'if-exists': 'ifExists',
    cleanup: 'cleanup',
    count: 'count',
    'pr-comment': 'prComment'
  }
  /** Plain defaults, without the expressions that only a runner evaluates. */
  const literalDefaults = action.inputs.filter(
    (input) => input.default !== undefined && !input.default.includes('${{')
  )

  function clearInputs(): void {
    for (const key of Object.keys(process.env)) {
      if (key.startsWith('INPUT_')) delete process.env[key]
    }
  }

  function settingsWith(inputs: Record<string, string>): Settings {
    clearInputs()
    for (const [name, value] of Object.entries({ ...CREATE, ...inputs })) {
      process.env[`INPUT_${name.toUpperCase()}`] = value
    }
    return readSettings()
  }

  beforeEach(clearInputs)

  afterAll(() => {
    clearInputs()
    Object.assign(process.env, ORIGINAL_ENV)
  })

  it.each(Object.entries(CODE_DEFAULTS))(
    'of %s equals the code default',
    (name, key) => {
      const declared = action.inputs.find((input) => input.name === name)
      if (declared?.default === undefined) return
      expect(settingsWith({ [name]: declared.default })[key]).toEqual(
        settingsWith({})[key]
      )
    }
  )

  it.each(literalDefaults.map((input) => [input.name, input.default ?? '']))(
    'passing %s=%s changes no setting',
    (name, value) => {
      expect(settingsWith({ [name]: value })).toEqual(settingsWith({}))
    }
  )
})

describe('README guide', () => {
  /** The README without its generated tables. */
  const guide = SECTIONS.reduce(
    (text, section) => replaceSection(text, section, ''),
    readme
  )

  /** Matches `name`, `name: value`, or `name:` at the start of a YAML line. */
  const mention = (name: string): RegExp =>
    new RegExp(`(\`|^\\s*)${name}(\`|:)`, 'm')

  it.each(inputNames)('mentions input %s', (name) => {
    expect({ name, mentioned: mention(name).test(guide) }).toEqual({
      name,
      mentioned: true
    })
  })

  it.each(outputNames)('mentions output %s', (name) => {
    expect({ name, mentioned: mention(name).test(guide) }).toEqual({
      name,
      mentioned: true
    })
  })
})
