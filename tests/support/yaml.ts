// A small strict reader for the block YAML of GitHub workflows: mappings, sequences,
// plain and quoted scalars, `|` literal blocks and comments. Anything else throws, so a
// malformed workflow template fails its test.

type Yaml = string | Yaml[] | { [key: string]: Yaml }

interface Line {
  indent: number
  text: string
}

export function parseYaml(source: string): Yaml {
  const lines: Line[] = []
  for (const raw of source.split('\n')) {
    if (/^\s*(#.*)?$/.test(raw)) {
      lines.push({ indent: -1, text: '' })
      continue
    }
    if (/\t/.test(raw.match(/^\s*/)![0])) throw new Error(`tab indentation: ${raw}`)
    lines.push({ indent: raw.match(/^ */)![0].length, text: raw.trim() })
  }
  let index = 0
  const skipBlank = () => {
    while (index < lines.length && lines[index]!.indent < 0) index++
  }

  function scalar(text: string): string {
    const value = text.replace(/\s+#.*$/, '')
    if (/^".*"$/.test(value)) return JSON.parse(value) as string
    if (/^'.*'$/.test(value)) return value.slice(1, -1).replace(/''/g, "'")
    if (/^[[{]/.test(value) || /^["']/.test(value)) throw new Error(`unsupported scalar: ${value}`)
    return value
  }

  function literal(parentIndent: number): string {
    const body: string[] = []
    let indent = -1
    while (index < lines.length) {
      const raw = source.split('\n')[index]!
      const line = lines[index]!
      if (line.indent >= 0 && line.indent <= parentIndent) break
      if (line.indent >= 0 && indent < 0) indent = line.indent
      body.push(line.indent < 0 ? '' : raw.slice(indent))
      index++
    }
    return `${body.join('\n').replace(/\n+$/, '')}\n`
  }

  function value(afterColon: string, indent: number): Yaml {
    if (afterColon === '|') return literal(indent)
    if (afterColon !== '') return scalar(afterColon)
    skipBlank()
    const next = lines[index]
    if (!next || next.indent <= indent) {
      if (next && next.indent === indent && next.text.startsWith('- ')) return block(indent)
      return ''
    }
    return block(next.indent)
  }

  function entry(text: string, indent: number, into: Record<string, Yaml>): void {
    const match = text.match(/^([\w.-]+|"[^"]*"):(?:\s+(.*))?$/)
    if (!match) throw new Error(`expected "key: value", got: ${text}`)
    const key = match[1]!.replace(/^"|"$/g, '')
    if (key in into) throw new Error(`duplicate key ${key}`)
    into[key] = value(match[2] ?? '', indent)
  }

  function block(indent: number): Yaml {
    skipBlank()
    const first = lines[index]!
    if (first.text.startsWith('- ')) {
      const items: Yaml[] = []
      for (skipBlank(); index < lines.length && lines[index]!.indent === indent && lines[index]!.text.startsWith('- '); skipBlank()) {
        const rest = lines[index]!.text.slice(2)
        index++
        if (/^[\w.-]+:(\s|$)/.test(rest)) {
          const item: Record<string, Yaml> = {}
          entry(rest, indent + 2, item)
          for (skipBlank(); index < lines.length && lines[index]!.indent === indent + 2; skipBlank()) {
            const line = lines[index]!
            index++
            entry(line.text, line.indent, item)
          }
          items.push(item)
        } else {
          items.push(scalar(rest))
        }
      }
      return items
    }
    const map: Record<string, Yaml> = {}
    for (skipBlank(); index < lines.length && lines[index]!.indent === indent; skipBlank()) {
      const line = lines[index]!
      if (line.text.startsWith('- ')) throw new Error(`a sequence item where a key was expected: ${line.text}`)
      index++
      entry(line.text, indent, map)
    }
    return map
  }

  const document = block(0)
  skipBlank()
  if (index < lines.length) throw new Error(`unexpected indentation at line ${index + 1}: ${lines[index]!.text}`)
  return document
}
