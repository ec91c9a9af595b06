/** Counts the single-character edits that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]
    previous[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      previous[j] = Math.min(
        previous[j] + 1,
        previous[j - 1] + 1,
        diagonal + cost
      )
      diagonal = above
    }
  }
  return previous[b.length]
}

/** Lists candidates for an error message, the closest to `value` first. */
export function closest(value: string, candidates: string[], max = 8): string {
  const target = value.toLowerCase()
  const unique = [...new Set(candidates.filter(Boolean))]
  if (unique.length === 0) return '(none)'
  const sorted = unique
    .map((name) => ({
      name,
      distance: editDistance(target, name.toLowerCase())
    }))
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
    .map((entry) => entry.name)
  const shown = sorted.slice(0, max).join(', ')
  return sorted.length > max
    ? `${shown} and ${sorted.length - max} more`
    : shown
}
