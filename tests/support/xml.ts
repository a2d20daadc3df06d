// A small strict XML reader for the JUnit export's tests: elements, attributes, text and
// the five predefined entities. Malformed input (mismatched or unclosed tags) throws.

export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlElement[]
  text: string
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decode(text: string): string {
  return text.replace(/&(\w+);/g, (whole, name: string) => {
    const value = ENTITIES[name]
    if (value === undefined) throw new Error(`unknown entity ${whole}`)
    return value
  })
}

export function parseXml(source: string): XmlElement {
  const body = source.replace(/^<\?xml[^?]*\?>\s*/, '')
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' }
  const stack = [root]
  const tag = /<(\/?)([\w:-]+)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|([^<]+)/gy
  let match: RegExpExecArray | null
  let consumed = 0
  while ((match = tag.exec(body))) {
    consumed = tag.lastIndex
    const [, closing, name, attributeText, selfClosing, text] = match
    const current = stack[stack.length - 1]!
    if (text !== undefined) {
      if (text.includes('&') || text.trim()) current.text += decode(text)
      continue
    }
    if (closing) {
      if (current.name !== name) throw new Error(`</${name}> closes <${current.name}>`)
      stack.pop()
      continue
    }
    const attributes = Object.fromEntries([...(attributeText ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, key, value]) => [key!, decode(value!)]))
    const element: XmlElement = { name: name!, attributes, children: [], text: '' }
    current.children.push(element)
    if (!selfClosing) stack.push(element)
  }
  if (consumed !== body.length) throw new Error(`unexpected XML at offset ${consumed}`)
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1]!.name}> is never closed`)
  if (root.children.length !== 1) throw new Error('an XML document has exactly one root element')
  return root.children[0]!
}
