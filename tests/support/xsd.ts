// Validates XML against a vendored XSD with libxml2 itself (xmllint compiled to
// WebAssembly): the same validator as `xmllint --schema`, not a hand-written check.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { validateXML } from 'xmllint-wasm'
import { kitRoot } from './grading.ts'

/** The JUnit schemas of tests/fixtures/junit-schemas/ (each names its source). */
export const JUNIT_SCHEMAS = { ant: 'ant-junit.xsd', jenkins: 'jenkins-junit-10.xsd' } as const

/** libxml2's messages for what in `xml` breaks the schema; none when it is valid. */
export async function schemaErrors(xml: string, schema: string): Promise<string[]> {
  const xsd = await readFile(join(kitRoot, 'tests/fixtures/junit-schemas', schema), 'utf8')
  const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: xml }], schema: [{ fileName: schema, contents: xsd }] })
  return result.valid ? [] : result.errors.map((error) => error.rawMessage)
}
