import { execFileSync } from 'node:child_process'
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ROOT } from '../scripts/local-runner.js'

const fresh = mkdtempSync(join(tmpdir(), 'lightnode-dist-'))
const committed = join(ROOT, 'dist')

beforeAll(() => {
  const ncc = join(
    ROOT,
    'node_modules',
    '@vercel',
    'ncc',
    'dist',
    'ncc',
    'cli.js'
  )
  execFileSync(
    process.execPath,
    [
      ncc,
      'build',
      'src/index.ts',
      '-o',
      fresh,
      '--license',
      'licenses.txt',
      '--minify'
    ],
    {
      cwd: ROOT,
      stdio: 'pipe',
      env: { ...process.env, XDG_CACHE_HOME: join(fresh, '.cache') }
    }
  )
}, 120_000)

afterAll(() => {
  rmSync(fresh, { recursive: true, force: true })
})

describe('dist/', () => {
  it('has the files of a fresh bundle', () => {
    const files = (folder: string) =>
      readdirSync(folder)
        .filter((name) => !name.startsWith('.'))
        .sort()
    expect(files(committed)).toEqual(files(fresh))
  })

  it('matches a fresh bundle of src/', () => {
    const stale = readdirSync(fresh)
      .filter((name) => !name.startsWith('.'))
      .filter((name) => {
        const path = join(committed, name)
        if (!existsSync(path)) return true
        return (
          readFileSync(path, 'utf8') !== readFileSync(join(fresh, name), 'utf8')
        )
      })
    expect(stale).toEqual([])
  })

  it('declares the ES module type', () => {
    const manifest = JSON.parse(
      readFileSync(join(committed, 'package.json'), 'utf8')
    )
    expect(manifest.type).toBe('module')
  })
})
