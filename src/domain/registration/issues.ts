// A registration issue found while planning (no teacher, capacity 0, no curriculum...): turned into a Problem by the action.

export interface RegistrationIssue {
  /** Message key suffix: problem.<code>. */
  code: string;
  /** What it is about (a discipline, a section id, a student id, a group). */
  subject: string;
  params: Record<string, string | number>;
  severity: 'error' | 'warning';
}
