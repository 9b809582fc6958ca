import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import './styles.css';
import './i18n';
import {
  Badge,
  createTheme,
  type CSSVariablesResolver,
  darken,
  defaultVariantColorsResolver,
  MantineProvider,
  parseThemeColor,
  type VariantColorsResolver,
} from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { AuthProvider } from './auth';

/**
 * Text on a tinted background (light badges and buttons) and subtle buttons on striped rows: the theme colour darkened
 * until it reads at 4.5:1 or more (axe-core's color-contrast rule; Mantine's default shade gives 3.3–4.2:1).
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant !== 'light' && input.variant !== 'subtle') return colors;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  const base = parsed.isThemeColor && parsed.shade === undefined ? input.theme.colors[parsed.color][9] : parsed.value;
  return { ...colors, color: darken(base, 0.3) };
};

const theme = createTheme({
  primaryColor: 'red',
  // red.9: links and red text at 5.3:1 on white and on striped rows (red.8 falls under 4.5:1 on the stripes).
  primaryShade: 9,
  variantColorResolver,
  defaultRadius: 'md',
  // System UI fonts carry Vietnamese diacritics everywhere; codes use the same font with tabular numerals (styles.css .mono).
  fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  components: {
    // A status or a deadline is what a clerk scans for: a badge grows with its words and never cuts them.
    Badge: Badge.extend({
      defaultProps: { tt: 'none' },
      styles: { root: { maxWidth: 'none', overflow: 'visible', flexShrink: 0 }, label: { overflow: 'visible', textOverflow: 'clip' } },
    }),
  },
});

/** Secondary text dark enough for 4.5:1 on white (gray.6 gives 3.3:1); the focus ring blue, never the error red. */
const cssVariables: CSSVariablesResolver = () => ({
  variables: { '--hotline-focus': 'var(--mantine-color-blue-7)' },
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariables}>
      <BrowserRouter>
        <AuthProvider>
          <App />
        </AuthProvider>
      </BrowserRouter>
    </MantineProvider>
  </StrictMode>,
);
