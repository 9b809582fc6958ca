// Reads a PDF with pdf-parse in a plain Node process: pdf.js loads its worker with a dynamic import(), which Jest's
// CommonJS sandbox refuses. Usage: node test/pdf-inspect.js text <file.pdf> | node test/pdf-inspect.js png <file.pdf> <prefix>
const { readFileSync, writeFileSync } = require('node:fs');
const { PDFParse } = require('pdf-parse');

async function main([mode, file, prefix]) {
  const parser = new PDFParse({ data: new Uint8Array(readFileSync(file)) });
  try {
    if (mode === 'text') {
      const result = await parser.getText();
      process.stdout.write(JSON.stringify({ text: result.text, pages: result.total }));
    } else if (mode === 'png') {
      const shots = await parser.getScreenshot({ scale: 1.5, imageDataUrl: false });
      const files = shots.pages.map((page, i) => {
        const out = `${prefix}-p${i + 1}.png`;
        writeFileSync(out, page.data);
        return out;
      });
      process.stdout.write(JSON.stringify(files));
    } else {
      throw new Error('usage: pdf-inspect.js text <file.pdf> | png <file.pdf> <prefix>');
    }
  } finally {
    await parser.destroy();
  }
}

main(process.argv.slice(2)).catch((err) => {
  process.stderr.write(`${err.stack ?? err}\n`);
  process.exit(1);
});
