// Charts: data tables and bar/column/pie chart builders whose getAs('image/png') is a real PNG with
// the bars (or pie slices as stacked bars) drawn simply — no text, enough to embed in a Doc.
import { deflateSync } from 'node:zlib';
import { GasObject, fail } from '../core/gas';
import type { Emulator } from '../emulator';
import { Blob } from './utilities';

const enumOf = (...names: string[]) => Object.freeze(Object.fromEntries(names.map((n) => [n, n])));

export class DataTable extends GasObject {
  static override gasType = 'Charts.DataTable';
  static override service = 'Charts';
  constructor(emu: Emulator, readonly _columns: { type: string; label: string }[], readonly _rows: unknown[][]) {
    super(emu);
  }
}

export class DataTableBuilder extends GasObject {
  static override gasType = 'Charts.DataTableBuilder';
  static override service = 'Charts';
  readonly _columns: { type: string; label: string }[] = [];
  readonly _rows: unknown[][] = [];
  addColumn(type: string, label: string): DataTableBuilder {
    this._columns.push({ type: String(type), label: String(label) });
    return this;
  }
  addRow(values: unknown[]): DataTableBuilder {
    if (!Array.isArray(values) || values.length !== this._columns.length) fail('Row length must match the number of columns.');
    this._rows.push([...values]);
    return this;
  }
  build(): DataTable {
    return new DataTable(this._emu, [...this._columns], this._rows.map((r) => [...r]));
  }
}

export class Chart extends GasObject {
  static override gasType = 'Charts.Chart';
  static override service = 'Charts';
  constructor(emu: Emulator, readonly _kind: string, readonly _title: string, readonly _table: DataTable, readonly _w: number, readonly _h: number) {
    super(emu);
  }
  getAs(contentType: string): Blob {
    if (String(contentType) !== 'image/png') fail(`Converting to ${contentType} is not supported.`);
    return new Blob(this._emu, drawChartPng(this._kind, this._table, this._w, this._h), 'image/png', `${this._title || 'chart'}.png`);
  }
  getBlob(): Blob {
    return this.getAs('image/png');
  }
}

abstract class ChartBuilderBase extends GasObject {
  _title = '';
  _table: DataTable | undefined;
  _w = 600;
  _h = 400;
  abstract readonly _kind: string;
  setTitle(title: string): this {
    this._title = String(title);
    return this;
  }
  setDataTable(table: DataTable | DataTableBuilder): this {
    this._table = table instanceof DataTableBuilder ? table.build() : table;
    return this;
  }
  setDimensions(width: number, height: number): this {
    this._w = Math.max(10, Math.min(2000, Number(width)));
    this._h = Math.max(10, Math.min(2000, Number(height)));
    return this;
  }
  setColors(_colors: string[]): this {
    return this;
  }
  setLegendPosition(_position: string): this {
    return this;
  }
  build(): Chart {
    if (!this._table) fail('Data table must be set before building the chart.');
    return new Chart(this._emu, this._kind, this._title, this._table, this._w, this._h);
  }
}

export class BarChartBuilder extends ChartBuilderBase {
  static override gasType = 'Charts.BarChartBuilder';
  static override service = 'Charts';
  readonly _kind = 'bar';
}

export class ColumnChartBuilder extends ChartBuilderBase {
  static override gasType = 'Charts.ColumnChartBuilder';
  static override service = 'Charts';
  readonly _kind = 'column';
}

export class PieChartBuilder extends ChartBuilderBase {
  static override gasType = 'Charts.PieChartBuilder';
  static override service = 'Charts';
  readonly _kind = 'pie';
}

export class ChartsApp extends GasObject {
  static override gasType = 'Charts.Charts';
  static override service = 'Charts';
  readonly ColumnType = enumOf('DATE', 'NUMBER', 'STRING');
  readonly ChartType = enumOf('AREA', 'BAR', 'COLUMN', 'LINE', 'PIE', 'SCATTER', 'TABLE');
  readonly Position = enumOf('TOP', 'RIGHT', 'BOTTOM', 'NONE');
  newDataTable(): DataTableBuilder {
    return new DataTableBuilder(this._emu);
  }
  newBarChart(): BarChartBuilder {
    return new BarChartBuilder(this._emu);
  }
  newColumnChart(): ColumnChartBuilder {
    return new ColumnChartBuilder(this._emu);
  }
  newPieChart(): PieChartBuilder {
    return new PieChartBuilder(this._emu);
  }
}

const PALETTE = [[66, 133, 244], [219, 68, 55], [244, 180, 0], [15, 157, 88], [171, 71, 188], [0, 172, 193]];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** A real PNG: white canvas, axis, and one bar per row of the first numeric column. */
export function drawChartPng(kind: string, table: DataTable, w: number, h: number): Buffer {
  const px = Buffer.alloc(w * h * 3, 255);
  const set = (x: number, y: number, rgb: number[]) => {
    if (x < 0 || y < 0 || x >= w || y >= h) return;
    const i = (y * w + x) * 3;
    px[i] = rgb[0];
    px[i + 1] = rgb[1];
    px[i + 2] = rgb[2];
  };
  const rect = (x0: number, y0: number, x1: number, y1: number, rgb: number[]) => {
    for (let y = Math.max(0, Math.floor(y0)); y < Math.min(h, Math.ceil(y1)); y++) for (let x = Math.max(0, Math.floor(x0)); x < Math.min(w, Math.ceil(x1)); x++) set(x, y, rgb);
  };
  const col = table._columns.findIndex((c) => c.type === 'NUMBER');
  const values = table._rows.map((r) => Math.max(0, Number(col >= 0 ? r[col] : 0) || 0));
  const max = Math.max(1, ...values);
  const m = 20;
  rect(m, h - m, w - m, h - m + 1, [0, 0, 0]);
  rect(m, m, m + 1, h - m, [0, 0, 0]);
  const n = Math.max(1, values.length);
  values.forEach((v, i) => {
    const color = PALETTE[i % PALETTE.length];
    if (kind === 'bar') {
      const band = (h - 2 * m) / n;
      rect(m + 1, m + i * band + band * 0.15, m + 1 + ((w - 2 * m) * v) / max, m + (i + 1) * band - band * 0.15, color);
    } else if (kind === 'pie') {
      const total = values.reduce((s, x) => s + x, 0) || 1;
      const before = values.slice(0, i).reduce((s, x) => s + x, 0);
      rect(m + 1 + ((w - 2 * m) * before) / total, h / 2 - 20, m + 1 + ((w - 2 * m) * (before + v)) / total, h / 2 + 20, color);
    } else {
      const band = (w - 2 * m) / n;
      rect(m + i * band + band * 0.15, h - m - ((h - 2 * m) * v) / max, m + (i + 1) * band - band * 0.15, h - m, color);
    }
  });
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) px.copy(raw, y * (w * 3 + 1) + 1, y * w * 3, (y + 1) * w * 3);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
