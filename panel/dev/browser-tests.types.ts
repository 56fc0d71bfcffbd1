// Shapes shared by panel/dev/browser-tests.ts (in Chromium) and test/e2e/panel-chart.test.ts.

/** What a chart drew: its labels, its time ticks, and their boxes (CSS px). */
export interface ChartLayout {
  labels: { id: string; text: string; x: number; y: number; w: number; h: number }[];
  ticks: string[];
  tickBoxes: { text: string; x: number; y: number; w: number; h: number }[];
}

/** Options of the test page's chartLayout. */
export interface ChartCase {
  width: number;
  /** Visible window (ms) starting at the cook's start + `offsetMs`; default everything. */
  windowMs?: number;
  offsetMs?: number;
  /** Start of the cook (epoch ms). */
  start?: number;
  /** Shows times in this zone (the user picked the server's zone). */
  serverZone?: string;
}
