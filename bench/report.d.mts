// Types of what test/unit/bench-report.test.ts uses from bench/report.mjs.
export interface Figure {
  section: string;
  id: string;
  label: string;
  unit: string;
  value: number | null;
  median?: number;
  p25?: number;
  p75?: number;
  min?: number;
  max?: number;
  budgetKey?: string;
  budget?: number;
  status: 'ok' | 'over' | 'missing' | 'info';
  note?: string;
}
export interface Results {
  date: string;
  durationS: number;
  machine: Record<string, unknown> & {
    cores: number;
    loadAverageAtStart: number[];
    loadAverageAtEnd: number[];
  };
  runs: number;
  loadPairs: number;
  warmupRuns: number;
  figures: Figure[];
  noise?: Noise;
  problems: string[];
}
export interface Noise {
  loadAverageAtStart: number[];
  loadAverageAtEnd: number[];
  cores: number;
  busy: boolean;
  baselineLoadMiddleHalfPct: number | null;
  spread: Array<{ id: string; budgetInsideMiddleHalf: boolean }>;
}
export const README_START: string;
export const README_END: string;
export const SECTIONS: Record<string, string>;
export function noiseOf(results: Results): Noise;
export function renderReadme(results: Results): string;
