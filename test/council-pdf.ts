import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ARTIFACTS = join(__dirname, '..', 'test-artifacts');
const TOOL = join(__dirname, 'pdf-inspect.js');

async function save(pdf: Buffer, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.pdf`);
  await writeFile(file, pdf);
  return file;
}

/** The PDF's text as pdf-parse extracts it (kept in test-artifacts/<name>.pdf). */
export async function pdfText(pdf: Buffer, name: string): Promise<{ text: string; pages: number }> {
  const { stdout } = await run(process.execPath, [TOOL, 'text', await save(pdf, name)], { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout);
}

/** Renders every page to test-artifacts/<name>-p<n>.png so a person can look at them. */
export async function savePdfPages(pdf: Buffer, name: string): Promise<string[]> {
  const { stdout } = await run(process.execPath, [TOOL, 'png', await save(pdf, name), join(ARTIFACTS, name)], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout);
}
