/**
 * An error the user caused and can fix (a missing file, a CSV without a text column, a
 * malformed taxonomy). Its message is shown as is, on one line, so it must say what is wrong.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
