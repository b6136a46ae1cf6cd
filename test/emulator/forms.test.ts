import { describe, expect, it } from 'vitest';
import { setup } from './helpers';

function enrolmentForm() {
  const ctx = setup();
  const { g } = ctx;
  const form = g.FormApp.create('Elective enrolment');
  form.setDescription('Pick two electives');
  (form as unknown as { setEmailCollectionType(t: unknown): void }).setEmailCollectionType((g.FormApp as unknown as { EmailCollectionType: { VERIFIED: unknown } }).EmailCollectionType.VERIFIED);
  const box = form.addCheckboxItem().setTitle('Electives').setChoiceValues(['Algebra', 'Biology', 'Chemistry']).setRequired(true);
  box.setValidation(g.FormApp.createCheckboxValidation().requireSelectExactly(2).build());
  form.addListItem().setTitle('Group').setChoiceValues(['A', 'B']);
  form.setDestination(g.FormApp.DestinationType.SPREADSHEET, g.SpreadsheetApp.getActive().getId());
  return { ...ctx, form };
}

describe('FormApp', () => {
  it('creates forms unpublished, as Google now does for scripts', () => {
    const { g } = setup();
    const form = g.FormApp.create('Survey') as unknown as { isPublished(): boolean };
    expect(form.isPublished()).toBe(false);
  });

  it('refuses a respondent while the form is unpublished', () => {
    const { emu, form } = enrolmentForm();
    expect(() => emu.submitForm(form.getId(), { email: 'a@st.university.edu', answers: { Electives: ['Algebra', 'Biology'] } })).toThrow(/not published/);
  });

  it('puts responses into a "Form Responses 1" sheet with the verified email', () => {
    const { emu, g, form } = enrolmentForm();
    (form as unknown as { setPublished(p: boolean): void }).setPublished(true);
    emu.submitForm(form.getId(), { email: 'a@st.university.edu', answers: { Electives: ['Algebra', 'Biology'], Group: 'B' }, at: new Date('2025-09-01T05:00:00Z') });
    const sheet = g.SpreadsheetApp.getActive().getSheetByName('Form Responses 1');
    const values = sheet?.getDataRange().getValues();
    expect(values?.[0]).toEqual(['Timestamp', 'Email Address', 'Electives', 'Group']);
    expect(values?.[1].slice(1)).toEqual(['a@st.university.edu', 'Algebra, Biology', 'B']);
    expect(sheet?.getFormUrl()).toContain(form.getId());
    const responses = form.getResponses();
    expect(responses.map((r) => [r.getRespondentEmail(), r.getItemResponses().map((i) => i.getResponse())])).toEqual([['a@st.university.edu', [['Algebra', 'Biology'], 'B']]]);
  });

  it('enforces the checkbox validation, choices and required questions', () => {
    const { emu, form } = enrolmentForm();
    (form as unknown as { setPublished(p: boolean): void }).setPublished(true);
    const id = form.getId();
    expect(() => emu.submitForm(id, { email: 'a@x.edu', answers: { Electives: ['Algebra'] } })).toThrow('Select exactly 2 options');
    expect(() => emu.submitForm(id, { email: 'a@x.edu', answers: { Electives: ['Algebra', 'Physics'] } })).toThrow('"Physics" is not a choice of "Electives"');
    expect(() => emu.submitForm(id, { email: 'a@x.edu', answers: { Group: 'A' } })).toThrow('"Electives" is a required question');
    form.setAcceptingResponses(false);
    expect(() => emu.submitForm(id, { email: 'a@x.edu', answers: { Electives: ['Algebra', 'Biology'] } })).toThrow(/no longer accepting/);
  });

  it('fires form- and spreadsheet-bound submit triggers as executions of their owner', () => {
    const { emu, g, form } = enrolmentForm();
    (form as unknown as { setPublished(p: boolean): void }).setPublished(true);
    g.ScriptApp.newTrigger('onSubmit').forForm(form).onFormSubmit().create();
    g.ScriptApp.newTrigger('onSheetSubmit').forSpreadsheet(g.SpreadsheetApp.getActive()).onFormSubmit().create();
    emu.submitForm(form.getId(), { email: 'b@st.university.edu', answers: { Electives: ['Biology', 'Chemistry'], Group: 'A' } });
    const ss = g.SpreadsheetApp.getActive();
    expect(ss.getSheetByName('Log')?.getRange(1, 1, 1, 2).getValues()).toEqual([['b@st.university.edu', 2]]);
    const sheetLog = ss.getSheetByName('SheetLog')?.getRange(1, 1, 1, 3).getValues()[0];
    expect(sheetLog?.slice(0, 2)).toEqual(['A2:D2', 4]);
    expect(JSON.parse(String(sheetLog?.[2]))['Email Address']).toEqual(['b@st.university.edu']);
    expect(emu.stats().byExecution.map((e) => [e.fn, e.user])).toEqual([
      ['onSubmit', 'registrar@university.edu'],
      ['onSheetSubmit', 'registrar@university.edu'],
    ]);
  });

  it('keeps items in order and moves them', () => {
    const { g } = setup();
    const form = g.FormApp.create('F');
    form.addSectionHeaderItem().setTitle('Intro');
    const text = form.addTextItem().setTitle('Name');
    form.moveItem(text as unknown as GoogleAppsScript.Forms.Item, 0);
    expect(form.getItems().map((i) => [i.getIndex(), i.getTitle(), String(i.getType())])).toEqual([[0, 'Name', 'TEXT'], [1, 'Intro', 'SECTION_HEADER']]);
    expect(() => form.getItems()[0].asCheckboxItem()).toThrow('Invalid conversion for item type: TEXT');
  });

  it('opens a form by its edit or published URL', () => {
    const { g } = setup();
    const form = g.FormApp.create('F');
    expect(g.FormApp.openByUrl(form.getEditUrl()).getId()).toBe(form.getId());
    expect(g.FormApp.openByUrl(form.getPublishedUrl()).getId()).toBe(form.getId());
  });
});
