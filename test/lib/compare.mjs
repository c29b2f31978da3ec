// Comparison of query results the way both harnesses need it:
// DateTime strings as instants, BigInt/Decimal by numeric value, Bytes by
// decoded bytes, the corpus' JsonNull marker as null; object key order is
// ignored for equality and reported separately.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/
const NUMERIC = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

// Canonical decimal text of a number or numeric string: "1.50" -> "1.5", "1e3" -> "1000".
export function canonicalNumber(v) {
  let s = typeof v === 'number' ? numberToPlain(v) : String(v).trim()
  if (!NUMERIC.test(s)) return null
  let neg = s.startsWith('-')
  if (neg) s = s.slice(1)
  let exp = 0
  const e = s.search(/[eE]/)
  if (e >= 0) {
    exp = parseInt(s.slice(e + 1), 10)
    s = s.slice(0, e)
  }
  let [int, frac = ''] = s.split('.')
  let digits = int + frac
  let point = int.length + exp
  digits = digits.replace(/^0+/, '')
  const lead = (int + frac).length - digits.length
  point -= lead
  digits = digits.replace(/0+$/, '')
  if (digits === '') return '0'
  return `${neg ? '-' : ''}0.${digits}e${point}`
}

function numberToPlain(n) {
  if (!Number.isFinite(n)) return String(n)
  return n.toString()
}

function isJsonNullMarker(v) {
  return v && typeof v === 'object' && !Array.isArray(v) && v.$type === 'Enum' && v.value === 'JsonNull' &&
    Object.keys(v).length === 2
}

// Equal after normalization?  Returns true/false.
export function equalValues(expected, actual) {
  if (isJsonNullMarker(expected)) expected = null
  if (expected === null || actual === null) return expected === actual
  if (typeof expected === 'string' && typeof actual === 'string') {
    if (expected === actual) return true
    if (ISO_DATE.test(expected) && ISO_DATE.test(actual)) return Date.parse(expected) === Date.parse(actual)
    const a = canonicalNumber(expected), b = canonicalNumber(actual)
    if (a !== null && b !== null) return a === b
    return false
  }
  if ((typeof expected === 'number' || typeof expected === 'string') &&
      (typeof actual === 'number' || typeof actual === 'string')) {
    const a = canonicalNumber(expected), b = canonicalNumber(actual)
    return a !== null && a === b
  }
  if (typeof expected !== typeof actual) return false
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || expected.length !== actual.length) return false
    return expected.every((x, i) => equalValues(x, actual[i]))
  }
  if (typeof expected === 'object') {
    if (Array.isArray(actual)) return false
    const ek = Object.keys(expected), ak = Object.keys(actual)
    if (ek.length !== ak.length) return false
    return ek.every((k) => Object.prototype.hasOwnProperty.call(actual, k) && equalValues(expected[k], actual[k]))
  }
  return expected === actual
}

// Paths where the key order differs (objects otherwise equal).
export function keyOrderDifferences(expected, actual, path = '$', out = []) {
  if (expected && actual && typeof expected === 'object' && typeof actual === 'object') {
    if (Array.isArray(expected) && Array.isArray(actual)) {
      expected.forEach((x, i) => keyOrderDifferences(x, actual[i], `${path}[${i}]`, out))
    } else if (!Array.isArray(expected) && !Array.isArray(actual)) {
      const ek = Object.keys(expected), ak = Object.keys(actual)
      if (ek.join('\u0000') !== ak.join('\u0000') && ek.slice().sort().join('\u0000') === ak.slice().sort().join('\u0000'))
        out.push(`${path}: expected keys ${ek.join(',')} got ${ak.join(',')}`)
      for (const k of ek) if (k in actual) keyOrderDifferences(expected[k], actual[k], `${path}.${k}`, out)
    }
  }
  return out
}

// The Prisma error code of a PostgreSQL error raised by prisma.query:
// the message starts with it, or the DETAIL is {"code": ...}.
export function prismaCode(err) {
  const m = /^(P\d{4})\b/.exec(err?.message ?? '')
  if (m) return m[1]
  try {
    const d = JSON.parse(err?.detail ?? '')
    if (d && typeof d.code === 'string') return d.code
  } catch {}
  return null
}

// A short unified-style diff of two JSON values, for humans.
export function jsonDiff(expected, actual) {
  const a = JSON.stringify(expected, null, 1).split('\n')
  const b = JSON.stringify(actual, null, 1).split('\n')
  const out = []
  const n = Math.max(a.length, b.length)
  for (let i = 0; i < n && out.length < 30; i++) {
    if (a[i] === b[i]) continue
    if (a[i] !== undefined) out.push(`- ${a[i]}`)
    if (b[i] !== undefined) out.push(`+ ${b[i]}`)
  }
  return out.join('\n')
}
