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

function addItem(form: Form, spec: FormChoiceItem): Item {
  switch (spec.kind) {
    case 'checkbox':
      return form.addCheckboxItem().setTitle(spec.title) as unknown as Item;
    case 'multipleChoice':
      return form.addMultipleChoiceItem().setTitle(spec.title) as unknown as Item;
    case 'list':
      return form.addListItem().setTitle(spec.title) as unknown as Item;
    default:
      return form.addSectionHeaderItem().setTitle(spec.title) as unknown as Item;
  }
}

/** Sets help text, choices, required and (checkboxes) the exact-count validation of one item. */
function fillItem(item: Item, spec: FormChoiceItem): void {
  switch (spec.kind) {
    case 'checkbox': {
      const box = item.asCheckboxItem();
      box.setHelpText(spec.help).setChoiceValues(spec.choices).setRequired(spec.required);
      if (spec.selectExactly > 0) box.setValidation(FormApp.createCheckboxValidation().requireSelectExactly(spec.selectExactly).build());
      else box.clearValidation();
      return;
    }
    case 'multipleChoice':
      item.asMultipleChoiceItem().setHelpText(spec.help).setChoiceValues(spec.choices).setRequired(spec.required);
      return;
    case 'list':
      item.asListItem().setHelpText(spec.help).setChoiceValues(spec.choices).setRequired(spec.required);
      return;
    default:
      item.asSectionHeaderItem().setHelpText(spec.help);
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
        const key = `${String(itemTypeOf(s.kind))}|${s.title}`;
        let item = byTitle.get(key);
        if (!item) item = addItem(form, s);
        fillItem(item, s);
        if (item.getIndex() !== index) form.moveItem(item, index);
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

    exists(formId: string): boolean {
      return openForm(formId) !== null;
    },
  };
}
