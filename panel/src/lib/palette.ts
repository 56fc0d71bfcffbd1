// Chart colours follow the Home Assistant theme: `--graph-color-N` when the theme defines it
// (light and dark themes do), otherwise HA's own default graph palette.

/** Home Assistant's default graph colours (frontend src/resources/theme/color). */
export const FALLBACK_COLORS: readonly string[] = [
  '#4269d0',
  '#f4bd4a',
  '#ff725c',
  '#6cc5b0',
  '#a463f2',
  '#ff8ab7',
  '#9c6b4e',
  '#97bbf5',
  '#01ab63',
  '#9498a0',
  '#094bad',
  '#c99000',
  '#d84f3e',
  '#49a28f',
  '#048732',
];

/** Resolved colours for canvas drawing (canvas cannot read CSS variables). */
export interface ChartTheme {
  series: string[];
  text: string;
  grid: string;
  axis: string;
  background: string;
  note: string;
  alert: string;
  event: string;
  /** Stall markers and shading. */
  stall: string;
  /** Done soon and target reached. */
  warning: string;
  success: string;
}

/** Builds a theme from a CSS custom property reader such as `getComputedStyle(el)`. */
export function resolveTheme(read: (name: string) => string): ChartTheme {
  const v = (name: string, fallback: string): string => read(name).trim() || fallback;
  return {
    series: FALLBACK_COLORS.map((c, i) => v(`--graph-color-${i + 1}`, c)),
    text: v('--secondary-text-color', '#727272'),
    grid: v('--divider-color', 'rgba(0, 0, 0, 0.12)'),
    axis: v('--secondary-text-color', '#727272'),
    background: v('--card-background-color', '#ffffff'),
    note: v('--primary-color', '#03a9f4'),
    alert: v('--error-color', '#db4437'),
    event: v('--secondary-text-color', '#727272'),
    stall: v('--warning-color', '#ffa600'),
    warning: v('--warning-color', '#ffa600'),
    success: v('--success-color', '#43a047'),
  };
}

/** The colour of series number `i`, cycling through the palette. */
export function seriesColor(theme: ChartTheme, i: number): string {
  const list = theme.series.length ? theme.series : FALLBACK_COLORS;
  return list[((i % list.length) + list.length) % list.length]!;
}
