// FormService over FormApp: creates or updates a form in place (matched item by item on title), verified emails,
// responses to this spreadsheet, published; replaces one question's choices (to remove full sections).

import type { FormChoiceItem, FormRef, FormService, FormSpec } from '../ports';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;

/** Form methods newer than @types/google-apps-script (2024–2025 API additions). */
interface NewerForm {
  setEmailCollectionType(type: unknown): Form;
  setPublished(published: boolean): Form;
}
interface NewerFormApp {
  EmailCollectionType: { VERIFIED: unknown };
}

function itemTypeOf(kind: FormChoiceItem['kind']): GoogleAppsScript.Forms.ItemType {
  switch (kind) {
    case 'checkbox':
      return FormApp.ItemType.CHECKBOX;
    case 'multipleChoice':
      return FormApp.ItemType.MULTIPLE_CHOICE;
    case 'list':
      return FormApp.ItemType.LIST;
    default:
      return FormApp.ItemType.SECTION_HEADER;
  }
}

type ChoiceLike = GoogleAppsScript.Forms.CheckboxItem | GoogleAppsScript.Forms.MultipleChoiceItem | GoogleAppsScript.Forms.ListItem;
type TypedItem = ChoiceLike | GoogleAppsScript.Forms.SectionHeaderItem;

/** Adds a new item of the spec's kind (the typed item, as FormApp returns it). */
function addItem(form: Form, spec: FormChoiceItem): TypedItem {
  switch (spec.kind) {
    case 'checkbox':
      return form.addCheckboxItem().setTitle(spec.title);
    case 'multipleChoice':
      return form.addMultipleChoiceItem().setTitle(spec.title);
    case 'list':
      return form.addListItem().setTitle(spec.title);
    default:
      return form.addSectionHeaderItem().setTitle(spec.title);
  }
}

/** A generic Item from getItems(), converted to its typed interface (typed items have no as…Item methods). */
function typedItem(item: Item, kind: FormChoiceItem['kind']): TypedItem {
  switch (kind) {
    case 'checkbox':
      return item.asCheckboxItem();
    case 'multipleChoice':
      return item.asMultipleChoiceItem();
    case 'list':
      return item.asListItem();
    default:
      return item.asSectionHeaderItem();
  }
}

/**
 * Sets help text, choices, required and (checkboxes) the exact-count validation of one item. Form edits cost
 * ≈ 150 ms each and getters almost nothing, so an existing item is only changed where it differs.
 */
function fillItem(item: TypedItem, spec: FormChoiceItem, isNew: boolean): void {
  if (isNew ? spec.help !== '' : item.getHelpText() !== spec.help) item.setHelpText(spec.help);
  if (spec.kind === 'section') return;
  const choice = item as ChoiceLike;
  const current = isNew ? [] : choice.getChoices().map((c) => c.getValue());
  if (current.length !== spec.choices.length || current.some((v, i) => v !== spec.choices[i])) choice.setChoiceValues(spec.choices);
  if (isNew ? spec.required : choice.isRequired() !== spec.required) choice.setRequired(spec.required);
  if (spec.kind === 'checkbox') {
    const box = item as GoogleAppsScript.Forms.CheckboxItem;
    if (spec.selectExactly > 0) box.setValidation(FormApp.createCheckboxValidation().requireSelectExactly(spec.selectExactly).build());
    else if (!isNew) box.clearValidation();
  }
}

function openForm(id: string): Form | null {
  try {
    return FormApp.openById(id);
  } catch {
    return null;
  }
}

export function createFormService(spreadsheetId: string): FormService {
  return {
    upsert(spec: FormSpec, existingId: string | null): FormRef {
      const existing = existingId ? openForm(existingId) : null;
      const form = existing ?? FormApp.create(spec.title);
      if (existing) form.setTitle(spec.title);
      form.setDescription(spec.description);
      form.setConfirmationMessage(spec.confirmation);
      // Identity comes from Google: verified emails, never a typed field; a later response supersedes an earlier one.
      (form as unknown as NewerForm).setEmailCollectionType((FormApp as unknown as NewerFormApp).EmailCollectionType.VERIFIED);
      form.setLimitOneResponsePerUser(false);
      form.setAllowResponseEdits(false);
      form.setShowLinkToRespondAgain(false);
      const current = form.getItems();
      const byTitle = new Map<string, Item>();
      for (const item of current) byTitle.set(`${String(item.getType())}|${item.getTitle()}`, item);
      const wanted = new Set(spec.items.map((s) => `${String(itemTypeOf(s.kind))}|${s.title}`));
      for (const item of current) if (!wanted.has(`${String(item.getType())}|${item.getTitle()}`)) form.deleteItem(item);
      spec.items.forEach((s, index) => {
        const found = byTitle.get(`${String(itemTypeOf(s.kind))}|${s.title}`);
        const item = found ? typedItem(found, s.kind) : addItem(form, s);
        fillItem(item, s, !found);
        if (found && found.getIndex() !== index) form.moveItem(found, index);
      });
      if (!existing) form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheetId);
      // Forms made by a script start unpublished.
      (form as unknown as NewerForm).setPublished(true);
      form.setAcceptingResponses(true);
      return { id: form.getId(), publishedUrl: form.getPublishedUrl(), editUrl: form.getEditUrl() };
    },

    setChoices(formId: string, itemTitle: string, choices: string[]): void {
      const form = FormApp.openById(formId);
      for (const item of form.getItems()) {
        if (item.getTitle() !== itemTitle) continue;
        const type = item.getType();
        if (type === FormApp.ItemType.CHECKBOX) item.asCheckboxItem().setChoiceValues(choices);
        else if (type === FormApp.ItemType.MULTIPLE_CHOICE) item.asMultipleChoiceItem().setChoiceValues(choices);
        else if (type === FormApp.ItemType.LIST) item.asListItem().setChoiceValues(choices);
        return;
      }
    },

    removeChoices(formId: string, codes: string[]): number {
      if (codes.length === 0) return 0;
      const prefixes = codes.map((c) => `[${c}]`);
      const form = FormApp.openById(formId);
      let removed = 0;
      for (const item of form.getItems()) {
        const type = item.getType();
        let choiceItem: ChoiceLike | null = null;
        if (type === FormApp.ItemType.CHECKBOX) choiceItem = item.asCheckboxItem();
        else if (type === FormApp.ItemType.MULTIPLE_CHOICE) choiceItem = item.asMultipleChoiceItem();
        else if (type === FormApp.ItemType.LIST) choiceItem = item.asListItem();
        if (!choiceItem) continue;
        const values = choiceItem.getChoices().map((c) => c.getValue());
        const kept = values.filter((v) => !prefixes.some((p) => v.startsWith(p)));
        if (kept.length === values.length || kept.length === 0) continue;
        choiceItem.setChoiceValues(kept);
        removed += values.length - kept.length;
      }
      return removed;
    },

    exists(formId: string): boolean {
      return openForm(formId) !== null;
    },
  };
}
