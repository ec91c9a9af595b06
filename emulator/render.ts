/**
 * Response bodies of successful API calls, shaped by the variants.
 */
import { ApiError } from './errors.js'
import {
  instanceModelFields,
  optionalModelFields,
  type InstanceRecord,
  type TaskRecord
} from './models.js'
import type { EmulatorOptions, Operation, Variants } from './options.js'

type Body = Record<string, unknown>

/** Returns a copy of the record, with the `publicIp` option applied. */
export function snapshotInstance(
  instance: InstanceRecord,
  options: EmulatorOptions
): InstanceRecord {
  const copy = structuredClone(instance)
  if (options.publicIp !== null && copy.publicIpAddress !== '') {
    copy.publicIpAddress = options.publicIp
  }
  return copy
}

/** Returns the API's instance model, with the `optionalFields` variant applied. */
export function renderInstance(
  instance: InstanceRecord,
  options: EmulatorOptions
): Body {
  const snapshot = snapshotInstance(instance, options)
  const mode = options.variants.optionalFields
  const model: Body = {}
  for (const field of instanceModelFields) {
    if (!optionalModelFields.has(field) || mode === 'present') {
      model[field] = snapshot[field]
    } else if (mode === 'null') {
      model[field] = null
    }
  }
  return model
}

/** Adds the success envelope every body carries: `httpStatus` and `rowCount`. */
export function envelope(payload: Body, rowCount = 0): Body {
  return { ...payload, httpStatus: 202, rowCount }
}

/** Builds a list body: items under `key`, the total, and maybe `success`. */
export function listBody(
  key: string,
  items: unknown[],
  total: number,
  variants: Variants
): Body {
  const body = envelope({ [key]: items }, total)
  if (variants.listSuccess === 'with') body.success = true
  return body
}

/** Returns whether an acknowledgement of `operation` uses shape A. */
function usesShapeA(operation: Operation, variants: Variants): boolean {
  if (variants.ackShape === 'documented') {
    return operation === 'create' || operation === 'release'
  }
  return variants.ackShape === 'A'
}

/**
 * Builds the acknowledgement of an action. Shape B of a create also carries
 * a top-level `ecsResourceUUID`, so the new instance stays identifiable.
 */
export function ackBody(task: TaskRecord, variants: Variants): Body {
  const taskId = task.asyncTaskUUID
  if (usesShapeA(task.operation, variants)) {
    return envelope({
      asyncTaskInfo: { asyncTaskUUID: taskId, ecsResourceUUID: task.instanceId }
    })
  }
  if (task.operation === 'create') {
    return envelope({ asyncTaskUUID: taskId, ecsResourceUUID: task.instanceId })
  }
  return envelope({ asyncTaskUUID: taskId })
}

function runningTaskInfo(variants: Variants): Body {
  if (variants.runningTask === 'PROCESSING/RETRY') {
    return { processResult: 'RETRY', taskStatus: 'PROCESSING' }
  }
  if (variants.runningTask === 'PROCESSING/missing') {
    return { taskStatus: 'PROCESSING' }
  }
  return { taskStatus: 'RUNNING' }
}

/** Builds the `/asynctask/getResult` body of a task. */
export function taskBody(task: TaskRecord, variants: Variants): Body {
  if (task.taskStatus === 'PROCESSING') {
    return envelope({ asyncTaskInfo: runningTaskInfo(variants) })
  }
  const info: Body = {
    processResult: task.result,
    taskStatus: task.taskStatus
  }
  const field = variants.failureTextField
  if (task.result !== 'SUCCESS' && field !== 'none') {
    info[field] = task.message ?? ''
  }
  return envelope({ asyncTaskInfo: info })
}

export interface Paging {
  page: number
  pageSize: number
}

function parsePositive(name: string, raw: string | undefined): number | null {
  if (raw === undefined || raw === '') return null
  if (!/^\d+$/.test(raw) || Number(raw) < 1) {
    const code =
      name === 'page' ? 'InvalidParameter.Page' : 'InvalidParameter.PageSize'
    throw new ApiError(
      code,
      `${name} must be a whole number >= 1, got "${raw}"`
    )
  }
  return Number(raw)
}

/** Reads `page` and `pageSize` from a query, applying the paging variant. */
export function readPaging(
  query: Record<string, string>,
  variants: Variants
): Paging {
  const { defaultPageSize, maxPageSize, overMax } = variants.paging
  const page = parsePositive('page', query.page) ?? 1
  let pageSize = parsePositive('pageSize', query.pageSize) ?? defaultPageSize
  if (pageSize > maxPageSize) {
    if (overMax === 'reject') {
      throw new ApiError(
        'InvalidParameter.PageSize',
        `pageSize must be at most ${maxPageSize}, got ${pageSize}`
      )
    }
    pageSize = maxPageSize
  }
  return { page, pageSize }
}

/** Returns the items of one page; a page past the end is empty. */
export function pageOf<T>(items: T[], paging: Paging): T[] {
  const start = (paging.page - 1) * paging.pageSize
  return items.slice(start, start + paging.pageSize)
}
