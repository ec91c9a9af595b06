/**
 * Writes the Inputs and Outputs tables of README.md from action.yml, between
 * the markers <!-- inputs:start --> / <!-- inputs:end --> and
 * <!-- outputs:start --> / <!-- outputs:end -->.
 *
 * Usage: npm run docs [-- --check] [--readme FILE] [--action FILE]
 * With --check it writes nothing and exits 1 when a table is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import * as prettier from 'prettier'
import { parse } from 'yaml'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

export interface ActionInput {
  name: string
  description: string
  required: boolean
  default?: string
}

export interface ActionOutput {
  name: string
  description: string
}

/** The parts of action.yml that the README documents. */
export interface ActionMetadata {
  inputs: ActionInput[]
  outputs: ActionOutput[]
}

/** Names of the README sections that this script writes. */
export const SECTIONS = ['inputs', 'outputs'] as const
export type Section = (typeof SECTIONS)[number]

type Entry = Record<string, unknown>

function entries(value: unknown, key: string): [string, Entry][] {
  if (value === undefined || value === null) return []
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`Invalid action.yml: '${key}' must be a mapping.`)
  }
  return Object.entries(value as Record<string, unknown>).map(
    ([name, entry]) => [name, (entry ?? {}) as Entry]
  )
}

function text(value: unknown): string {
  if (value === undefined || value === null) return ''
  return String(value).replace(/\s+/g, ' ').trim()
}

/** Parses the inputs and outputs of action.yml, in their declared order. */
export function readActionMetadata(yamlText: string): ActionMetadata {
  const document = parse(yamlText) as Entry | null
  if (document === null || typeof document !== 'object') {
    throw new Error('Invalid action.yml: the file is not a YAML mapping.')
  }
  const inputs = entries(document.inputs, 'inputs').map(([name, entry]) => ({
    name,
    description: text(entry.description),
    required: entry.required === true || entry.required === 'true',
    default: entry.default === undefined ? undefined : String(entry.default)
  }))
  const outputs = entries(document.outputs, 'outputs').map(([name, entry]) => ({
    name,
    description: text(entry.description)
  }))
  return { inputs, outputs }
}

/**
 * Escapes the characters that Markdown would read as a table border, an
 * HTML tag, emphasis or a link, so that a description shows as written. An
 * underscore inside a word (LIGHTNODE_API_TOKEN) starts no emphasis, so it
 * stays as it is.
 */
export function escapeCell(value: string): string {
  return value
    .replace(/[\\|<>*[\]]/g, (char) => `\\${char}`)
    .replace(/(?<!\w)_|_(?!\w)/g, '\\_')
}

function codeCell(value: string): string {
  return value === '' ? '' : `\`${value.replace(/\|/g, '\\|')}\``
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join(
    '\n'
  )
}

export function renderInputsTable(inputs: ActionInput[]): string {
  return table(
    ['Input', 'Required', 'Default', 'Description'],
    inputs.map((input) => [
      codeCell(input.name),
      input.required ? 'yes' : 'no',
      codeCell(input.default ?? ''),
      escapeCell(input.description)
    ])
  )
}

export function renderOutputsTable(outputs: ActionOutput[]): string {
  return table(
    ['Output', 'Description'],
    outputs.map((output) => [
      codeCell(output.name),
      escapeCell(output.description)
    ])
  )
}

/** Formats Markdown with the repository's prettier settings. */
async function formatMarkdown(markdown: string): Promise<string> {
  const config = await prettier.resolveConfig(resolve(ROOT, 'README.md'))
  const formatted = await prettier.format(markdown, {
    ...config,
    parser: 'markdown'
  })
  return formatted.trimEnd()
}

/** Renders both tables, formatted as prettier would leave them. */
export async function renderSections(
  action: ActionMetadata
): Promise<Record<Section, string>> {
  return {
    inputs: await formatMarkdown(renderInputsTable(action.inputs)),
    outputs: await formatMarkdown(renderOutputsTable(action.outputs))
  }
}

export function markers(section: Section): { start: string; end: string } {
  return {
    start: `<!-- ${section}:start -->`,
    end: `<!-- ${section}:end -->`
  }
}

/** Replaces the text between a section's markers with `content`. */
export function replaceSection(
  readme: string,
  section: Section,
  content: string
): string {
  const { start, end } = markers(section)
  const from = readme.indexOf(start)
  const to = readme.indexOf(end)
  if (from === -1 || to === -1 || to < from) {
    throw new Error(
      `README.md has no ${start} ... ${end} pair. Add both markers, each on ` +
        `its own line, where the ${section} table belongs.`
    )
  }
  const before = readme.slice(0, from + start.length)
  const after = readme.slice(to)
  return `${before}\n\n${content}\n\n${after}`
}

export interface ReadmeUpdate {
  text: string
  /** Sections whose text changed, empty when the README is current. */
  stale: Section[]
}

/** Rewrites every generated section of the README from action.yml. */
export async function updateReadme(
  readme: string,
  action: ActionMetadata
): Promise<ReadmeUpdate> {
  const rendered = await renderSections(action)
  let text = readme
  const stale: Section[] = []
  for (const section of SECTIONS) {
    const next = replaceSection(text, section, rendered[section])
    if (next !== text) stale.push(section)
    text = next
  }
  return { text, stale }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      readme: { type: 'string', default: resolve(ROOT, 'README.md') },
      action: { type: 'string', default: resolve(ROOT, 'action.yml') }
    }
  })
  const readmePath = resolve(values.readme)
  const action = readActionMetadata(readFileSync(values.action, 'utf8'))
  const readme = readFileSync(readmePath, 'utf8')
  const { text, stale } = await updateReadme(readme, action)
  if (stale.length === 0) {
    console.log(`${readmePath}: the tables match action.yml.`)
    return 0
  }
  const tables = stale.map((section) => `${section} table`).join(' and ')
  if (values.check) {
    console.error(
      `${readmePath} is out of date: the ${tables} no longer match ` +
        `action.yml. Run npm run docs and commit README.md.`
    )
    return 1
  }
  writeFileSync(readmePath, text)
  console.log(`${readmePath}: rewrote the ${tables}.`)
  return 0
}

if (
  process.argv[1] &&
  import.meta.url === pathToFileURL(process.argv[1]).href
) {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error))
      process.exitCode = 1
    }
  )
}
