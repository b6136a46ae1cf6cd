// Turns a form-submit trigger event (spreadsheet- or form-bound) into the port's SubmittedResponse.

import type { SubmittedResponse } from '../ports';

type FormEvent = GoogleAppsScript.Events.FormsOnFormSubmit;
type SheetEvent = GoogleAppsScript.Events.SheetsOnFormSubmit;
type FormResponse = GoogleAppsScript.Forms.FormResponse;

function fromResponse(response: FormResponse, formId: string): SubmittedResponse {
  const answers: Record<string, string[]> = {};
  for (const ir of response.getItemResponses()) {
    const r = ir.getResponse();
    answers[ir.getItem().getTitle()] = Array.isArray(r) ? (r as unknown[]).map(String) : [String(r)];
  }
  return {
    responseId: response.getId(),
    formId,
    email: String(response.getRespondentEmail() || '').toLowerCase(),
    submittedAt: new Date(response.getTimestamp().getTime()),
    answers,
  };
}

/** The id in a form's URL: https://docs.google.com/forms/d/<id>/viewform (or /edit); null for a published /d/e/ link. */
export function formIdFromUrl(url: string): string | null {
  const m = /\/forms\/d\/([\w-]+)/.exec(url);
  return m && m[1] !== 'e' ? m[1] : null;
}

/**
 * One answer cell of a response sheet back into the chosen items. A checkbox answer is the choices joined
 * by ", "; the add-on's choices start with "[CODE]", so a new item starts where ", [" follows.
 * @example splitAnswer('[INF-101] Databases, [INF-102] Networks, routing') // → ['[INF-101] Databases', '[INF-102] Networks, routing']
 */
export function splitAnswer(text: string): string[] {
  if (text === '') return [];
  return text.split(/, (?=\[)/);
}

/** FNV-1a of the event's values, base 36. */
function valuesHash(values: readonly unknown[]): string {
  let h = 0x811c9dc5;
  const text = JSON.stringify(values.map(String));
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${h.toString(36)}.${text.length.toString(36)}`;
}

/**
 * Answers by item title; the respondent's email is Google's verified one (the response sheet's second
 * column when the form collects verified emails), never a typed field. A spreadsheet-bound event already
 * carries the answers (namedValues) and costs no service call: the form's id is left to `resolveFormId`
 * (the response sheet's form URL, two calls), which the handler asks only when the question titles do not
 * already tell it which form this is.
 */
export function responseFromEvent(e: Partial<FormEvent & SheetEvent>, now: Date): SubmittedResponse | null {
  if (e.response && e.source) return fromResponse(e.response, e.source.getId());
  if (!e.range || !e.values || !e.namedValues) return null;
  const range = e.range;
  let resolved: string | null | undefined;
  const resolveFormId = (): string | null => {
    if (resolved === undefined) {
      const url = range.getSheet().getFormUrl() ?? '';
      resolved = url === '' ? null : (formIdFromUrl(url) ?? FormApp.openByUrl(url).getId());
    }
    return resolved;
  };
  // The response sheet's columns, in order: Timestamp, Email Address, then one per question.
  const answers: Record<string, string[]> = {};
  const named = Object.entries(e.namedValues);
  for (const [title, values] of named.slice(2)) answers[title] = splitAnswer(String(values?.[0] ?? ''));
  return {
    // The response's own values (timestamp to the second, verified email, answers) and its questions identify it:
    // a trigger event fired twice for one response carries the same ones, and no call is spent on e.range.getRow().
    responseId: `r:${valuesHash([...e.values, ...named.map(([title]) => title)])}`,
    formId: '',
    email: String(e.values[1] ?? '').trim().toLowerCase(),
    submittedAt: now,
    answers,
    resolveFormId,
  };
}
