// The localizer a report builder is given (reports stay pure: no catalog import, no services).

export type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;
