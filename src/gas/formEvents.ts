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

/**
 * Answers by item title; the respondent's email is Google's verified one, never a typed field.
 * A spreadsheet-bound event carries only the row's text, so the form's own response (with checkbox
 * answers as lists) is looked up by its timestamp and verified email.
 */
export function responseFromEvent(e: Partial<FormEvent & SheetEvent>): SubmittedResponse | null {
  if (e.response && e.source) return fromResponse(e.response, e.source.getId());
  if (!e.range) return null;
  const url = e.range.getSheet().getFormUrl();
  if (!url) return null;
  const form = FormApp.openByUrl(url);
  const values = e.values ?? [];
  const submitted = new Date(String(values[0]));
  const email = String(values[1] ?? '').toLowerCase();
  const since = Number.isNaN(submitted.getTime()) ? undefined : new Date(submitted.getTime() - 60_000);
  const candidates = since ? form.getResponses(since) : form.getResponses();
  for (let i = candidates.length - 1; i >= 0; i--) {
    if (String(candidates[i].getRespondentEmail()).toLowerCase() === email) return fromResponse(candidates[i], form.getId());
  }
  return null;
}
