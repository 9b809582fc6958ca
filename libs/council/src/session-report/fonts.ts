import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface ReportFonts {
  regular: string;
  bold: string;
  italic: string;
}

/**
 * The Unicode TTFs the PDF embeds (assets/fonts at the repository root, found by walking up from this file so the
 * ts-jest and the compiled dist layouts both work).
 */
export function reportFonts(): ReportFonts {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const fonts = join(dir, 'assets', 'fonts');
    if (existsSync(join(fonts, 'DejaVuSans.ttf'))) {
      return {
        regular: join(fonts, 'DejaVuSans.ttf'),
        bold: join(fonts, 'DejaVuSans-Bold.ttf'),
        italic: join(fonts, 'DejaVuSans-Oblique.ttf'),
      };
    }
    if (dirname(dir) === dir) throw new Error('assets/fonts/DejaVuSans.ttf not found above ' + __dirname);
  }
}
